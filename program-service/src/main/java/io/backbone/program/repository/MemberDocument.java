package io.backbone.program.repository;

import io.backbone.outbox.OutboxCarrier;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** A gym's member: the only place their display name is kept. Its member-enrolled event waits in the outbox. */
@MongoEntity(collection = "members")
public class MemberDocument extends OutboxCarrier {
    @BsonId
    public String key;
    public String id;
    public String gym;
    public String displayName;
    public Instant enrolledAt;

    public static String key(String gym, String id) {
        return gym + "/" + id;
    }
}
