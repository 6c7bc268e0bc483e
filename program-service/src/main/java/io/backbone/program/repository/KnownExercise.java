package io.backbone.program.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** What program-service last heard of one exercise from exercise-changed events. */
@MongoEntity(collection = "known_exercises")
public class KnownExercise {
    @BsonId
    public String key;
    public String exerciseId;
    public String gym;
    public long version;
    public String change;
    public Instant changedAt;
    public String lastEventId;

    public static String key(String gym, String exerciseId) {
        return gym == null ? exerciseId : gym + "/" + exerciseId;
    }
}
