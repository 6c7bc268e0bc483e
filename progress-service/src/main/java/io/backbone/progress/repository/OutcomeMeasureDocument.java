package io.backbone.progress.repository;

import io.backbone.outbox.OutboxCarrier;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.List;

/** A scored questionnaire, answers kept as given; its outcome-recorded event waits in the outbox. */
@MongoEntity(collection = "outcome_measures")
public class OutcomeMeasureDocument extends OutboxCarrier {
    @BsonId
    public String key;
    public String measureId;
    public String clientMeasureId;
    public String gym;
    public String memberId;
    public String instrument;
    /** ODI: section scores 0-5, null where unanswered. */
    public List<Integer> odiAnswers;
    /** RMDQ: one true/false per statement. */
    public List<Boolean> rmdqAnswers;
    public double score;
    public String band;
    public Instant completedAt;
    public Instant recordedAt;

}
