package io.backbone.progress.repository;

import io.backbone.outbox.OutboxCarrier;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** A pain rating; its pain-reported event waits in the outbox. */
@MongoEntity(collection = "pain_reports")
public class PainReportDocument extends OutboxCarrier {
    @BsonId
    public String key;
    public String reportId;
    public String clientReportId;
    public String gym;
    public String memberId;
    public int rating;
    public String context;
    public String location;
    public Instant reportedAt;
    public Instant recordedAt;

}
