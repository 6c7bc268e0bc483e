package io.backbone.progress.mapping;

import io.backbone.progress.repository.PainReportDocument;

import java.time.Instant;

public record PainReportView(String id, String clientReportId, String memberId, int rating, String context,
                             String location, Instant reportedAt, Instant recordedAt) {

    public static PainReportView of(PainReportDocument doc) {
        return new PainReportView(doc.reportId, doc.clientReportId, doc.memberId, doc.rating, doc.context, doc.location,
                doc.reportedAt, doc.recordedAt);
    }
}
