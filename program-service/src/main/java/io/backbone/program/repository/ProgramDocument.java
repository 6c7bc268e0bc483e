package io.backbone.program.repository;

import io.backbone.outbox.OutboxCarrier;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything program-service holds about one member's programme, in one document so that every
 * change (intake, generation, adaptation, override) is one atomic write together with its
 * program-changed event and the ids of the events it has applied.
 */
@MongoEntity(collection = "programs")
public class ProgramDocument extends OutboxCarrier {

    public static final String NONE = "none";
    public static final String ACTIVE = "active";
    public static final String REFERRED = "referred";
    /** How many applied event ids are remembered; redeliveries arrive long before this many newer events. */
    static final int REMEMBERED_EVENTS = 1000;

    @BsonId
    public String key;
    public String memberId;
    public String gym;
    public String programId;
    /** none (intake only), active or referred. */
    public String status = NONE;
    public int revision;
    public Document intake;
    public Document screening;
    public Document plan;
    public Document state;
    public List<Revision> revisions = new ArrayList<>();
    public List<String> appliedEventIds = new ArrayList<>();
    /** How many session-completed and pain-reported events adaptation has applied, each once. */
    public int sessionsApplied;
    public int painReportsApplied;
    public Instant updatedAt;
    /** Optimistic concurrency: every stored change increments it. */
    public long version;

    /** One revision with its reason in words and what changed. */
    public static class Revision {
        public int revision;
        public String status;
        public String reason;
        public String cause;
        public List<Document> changes = new ArrayList<>();
        public List<String> exerciseIds = new ArrayList<>();
        public int sessionsPerWeek;
        public Instant at;
    }

    public static String key(String gym, String memberId) {
        return gym + "/" + memberId;
    }

    /** A member's programme document before anything is stored: no intake, no programme. */
    public static ProgramDocument fresh(String gym, String memberId) {
        ProgramDocument doc = new ProgramDocument();
        doc.key = key(gym, memberId);
        doc.gym = gym;
        doc.memberId = memberId;
        return doc;
    }

    public boolean applied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    public void remember(String eventId, boolean session) {
        if (session) {
            sessionsApplied++;
        } else {
            painReportsApplied++;
        }
        appliedEventIds.add(eventId);
        if (appliedEventIds.size() > REMEMBERED_EVENTS) {
            appliedEventIds.remove(0);
        }
    }
}
