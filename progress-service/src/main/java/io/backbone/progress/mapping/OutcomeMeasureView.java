package io.backbone.progress.mapping;

import io.backbone.progress.repository.OutcomeMeasureDocument;

import java.time.Instant;
import java.util.List;

/** {@code score}: ODI in percent (0-100), RMDQ 0-24; {@code band}: the ODI band, null for RMDQ. */
public record OutcomeMeasureView(String id, String clientMeasureId, String memberId, String instrument,
                                 List<?> answers, double score, String band, Instant completedAt, Instant recordedAt) {

    public static OutcomeMeasureView of(OutcomeMeasureDocument doc) {
        return new OutcomeMeasureView(doc.measureId, doc.clientMeasureId, doc.memberId, doc.instrument,
                doc.odiAnswers != null ? doc.odiAnswers : doc.rmdqAnswers, doc.score, doc.band, doc.completedAt,
                doc.recordedAt);
    }
}
