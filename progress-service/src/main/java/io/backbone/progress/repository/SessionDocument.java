package io.backbone.progress.repository;

import io.backbone.outbox.OutboxCarrier;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A logged session. The key contains the client's idempotency id, so a second submission of the
 * same id cannot store a second session. Its session-completed event waits in the outbox.
 */
@MongoEntity(collection = "sessions")
public class SessionDocument extends OutboxCarrier {
    @BsonId
    public String key;
    public String sessionId;
    public String gym;
    public String memberId;
    public String clientSessionId;
    public String programId;
    public Integer programRevision;
    /** Whether the exercises were checked against a programme the service knew of when it was logged. */
    public boolean checkedAgainstProgram;
    public Instant performedAt;
    public Instant recordedAt;
    public List<ExerciseEntry> exercises = new ArrayList<>();
    public Integer rpe;
    public Integer painDuring;
    public String notes;

    public static class ExerciseEntry {
        public String exerciseId;
        public boolean done;
        public Integer prescribedSets;
        public Integer prescribedReps;
        public Integer prescribedHoldSeconds;
        public Integer sets;
        public Integer reps;
        public Integer holdSeconds;
        public String side;
        public String load;
    }

}
