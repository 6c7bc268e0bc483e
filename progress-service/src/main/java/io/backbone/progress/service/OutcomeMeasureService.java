package io.backbone.progress.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.backbone.events.EventCodec;
import io.backbone.events.OutcomeRecorded;
import io.backbone.outbox.PendingEvent;
import io.backbone.progress.domain.InvalidInput;
import io.backbone.progress.domain.OutcomeScoring;
import io.backbone.progress.mapping.OutcomeMeasureRequest;
import io.backbone.progress.mapping.OutcomeMeasureView;
import io.backbone.progress.mapping.Recorded;
import io.backbone.progress.repository.OutcomeMeasureDocument;
import io.backbone.progress.repository.OutcomeMeasureRepository;
import io.backbone.progress.repository.StoreOnce;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Scores ODI and RMDQ questionnaires and stores them with their outcome-recorded event. */
@ApplicationScoped
public class OutcomeMeasureService {

    @Inject
    OutcomeMeasureRepository measures;
    @Inject
    Timestamps timestamps;
    @Inject
    Clock clock;

    public Recorded<OutcomeMeasureView> record(String gym, String memberId, OutcomeMeasureRequest request) {
        String measureId = UUID.randomUUID().toString();
        String key = StoreOnce.key(gym, memberId, request.clientMeasureId() == null ? measureId : request.clientMeasureId());
        var stored = measures.storeOnce(key, request.clientMeasureId() != null, () -> {
            Instant received = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored, so a replay answers the same
            Instant completedAt = request.completedAt() == null ? received : timestamps.check("completedAt", request.completedAt());
            OutcomeMeasureDocument doc = new OutcomeMeasureDocument();
            doc.key = key;
            doc.measureId = measureId;
            doc.clientMeasureId = request.clientMeasureId();
            doc.gym = gym;
            doc.memberId = memberId;
            doc.instrument = request.instrument();
            doc.completedAt = completedAt;
            doc.recordedAt = received;
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
            return doc;
        });
        return new Recorded<>(OutcomeMeasureView.of(stored.document()), stored.replayed());
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

    public Page<OutcomeMeasureView> history(String gym, String memberId, int page, int size) {
        return Page.map(measures.history(gym, memberId, page, size), OutcomeMeasureView::of);
    }
}
