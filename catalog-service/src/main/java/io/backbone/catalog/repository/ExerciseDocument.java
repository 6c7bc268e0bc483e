package io.backbone.catalog.repository;

import io.backbone.catalog.domain.Exercise;
import io.backbone.outbox.OutboxCarrier;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * A stored exercise: the global library's (gym null) or a gym's own. The key is the exercise id
 * for the library and "gym/id" for a gym's, so a gym's ids never collide with another gym's.
 * Pending exercise-changed events travel inside the document (outbox): one atomic write.
 */
@MongoEntity(collection = "exercises")
public class ExerciseDocument extends OutboxCarrier {

    @BsonId
    public String key;
    public String gym;
    public Exercise exercise;
    /** Bumped on every change; the ETag. */
    public long version;
    /** The shipped library version this copy came from; 0 for a gym's own exercises. */
    public int libraryVersion;
    public Instant updatedAt;

    public static String key(String gym, String id) {
        return gym == null ? id : gym + "/" + id;
    }

    public void apply(Exercise content) {
        this.exercise = content;
    }

}
