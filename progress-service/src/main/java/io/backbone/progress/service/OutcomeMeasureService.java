package io.backbone.progress.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.MongoWriteException;
import io.backbone.events.EventCodec;
import io.backbone.events.OutcomeRecorded;
import io.backbone.outbox.OutboxRelay;
import io.backbone.outbox.PendingEvent;
import io.backbone.progress.domain.InvalidInput;
import io.backbone.progress.domain.OutcomeScoring;
import io.backbone.progress.mapping.OutcomeMeasureRequest;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.Page;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Scores ODI and RMDQ questionnaires and stores them with their outcome-recorded event. */
@ApplicationScoped
public class OutcomeMeasureService implements PanacheMongoRepositoryBase<OutcomeMeasureDocument, String> {

    @Inject
    OutboxRelay relay;
    @Inject
    Timestamps timestamps;
    @Inject
    Clock clock;

    public record Recorded(OutcomeMeasureDocument measure, boolean replayed) {
    }

    public Recorded record(String gym, String memberId, OutcomeMeasureRequest request) {
        String measureId = UUID.randomUUID().toString();
        String key = gym + "/" + memberId + "/" + (request.clientMeasureId() == null ? measureId : request.clientMeasureId());
        if (request.clientMeasureId() != null) {
            OutcomeMeasureDocument earlier = findById(key);
            if (earlier != null) {
                return new Recorded(earlier, true);
            }
        }
        timestamps.check("completedAt", request.completedAt());
        OutcomeMeasureDocument doc = new OutcomeMeasureDocument();
        doc.key = key;
        doc.measureId = measureId;
        doc.clientMeasureId = request.clientMeasureId();
        doc.gym = gym;
        doc.memberId = memberId;
        doc.instrument = request.instrument();
        doc.completedAt = request.completedAt();
        doc.recordedAt = clock.instant();
        try {
            OutcomeScoring.Score score;
            if (OutcomeRecorded.ODI.equals(request.instrument())) {
                doc.odiAnswers = odiAnswers(request.answers());
                score = OutcomeScoring.oswestry(doc.odiAnswers);
            } else {
                doc.rmdqAnswers = rmdqAnswers(request.answers());
                score = OutcomeScoring.rolandMorris(doc.rmdqAnswers);
            }
            doc.score = score.score();
            doc.band = score.band();
        } catch (InvalidInput e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
        doc.addPending(recorded(doc));
        try {
            persist(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return new Recorded(findById(key), true);
            }
            throw e;
        }
        relay.nudge("outcome_measures", doc.key);
        return new Recorded(doc, false);
    }

    private static List<Integer> odiAnswers(JsonNode answers) {
        List<Integer> values = new ArrayList<>();
        for (JsonNode answer : array(answers)) {
            if (answer.isNull()) {
                values.add(null);
            } else if (answer.isInt()) {
                values.add(answer.intValue());
            } else {
                throw new InvalidInput("answers[" + values.size() + "]", "must be a whole number 0-5 or null");
            }
        }
        return values;
    }

    private static List<Boolean> rmdqAnswers(JsonNode answers) {
        List<Boolean> values = new ArrayList<>();
        for (JsonNode answer : array(answers)) {
            if (!answer.isBoolean()) {
                throw new InvalidInput("answers[" + values.size() + "]", "must be true or false");
            }
            values.add(answer.booleanValue());
        }
        return values;
    }

    private static JsonNode array(JsonNode answers) {
        if (!answers.isArray()) {
            throw new InvalidInput("answers", "must be an array");
        }
        if (answers.size() > 100) {
            throw new InvalidInput("answers", "too many answers");
        }
        return answers;
    }

    static PendingEvent recorded(OutcomeMeasureDocument doc) {
        OutcomeRecorded payload = new OutcomeRecorded(doc.measureId, doc.memberId, doc.gym, doc.instrument, doc.score,
                doc.band, doc.completedAt);
        return PendingEvent.of(EventCodec.wrap(doc.measureId, SessionService.EVENT_SOURCE, doc.memberId, doc.gym,
                doc.recordedAt, payload));
    }

    public Page<OutcomeMeasureDocument> history(String gym, String memberId, int page, int size) {
        var query = find("gym = ?1 and memberId = ?2", Sort.descending("completedAt").and("_id", Sort.Direction.Descending),
                gym, memberId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
