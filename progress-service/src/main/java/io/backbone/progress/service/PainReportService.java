package io.backbone.progress.service;

import io.backbone.events.EventCodec;
import io.backbone.events.PainReported;
import io.backbone.outbox.PendingEvent;
import io.backbone.progress.mapping.PainReportRequest;
import io.backbone.progress.mapping.PainReportView;
import io.backbone.progress.mapping.Recorded;
import io.backbone.progress.repository.PainReportDocument;
import io.backbone.progress.repository.PainReportRepository;
import io.backbone.progress.repository.StoreOnce;
import io.backbone.support.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Pain reports, stored with their pain-reported event in one write. */
@ApplicationScoped
public class PainReportService {

    @Inject
    PainReportRepository reports;
    @Inject
    Timestamps timestamps;
    @Inject
    Clock clock;

    public Recorded<PainReportView> report(String gym, String memberId, PainReportRequest request) {
        String reportId = UUID.randomUUID().toString();
        String key = StoreOnce.key(gym, memberId, request.clientReportId() == null ? reportId : request.clientReportId());
        var stored = reports.storeOnce(key, request.clientReportId() != null, () -> {
            Instant received = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored, so a replay answers the same
            Instant reportedAt = request.reportedAt() == null ? received : timestamps.check("reportedAt", request.reportedAt());
            PainReportDocument doc = new PainReportDocument();
            doc.key = key;
            doc.reportId = reportId;
            doc.clientReportId = request.clientReportId();
            doc.gym = gym;
            doc.memberId = memberId;
            doc.rating = request.rating();
            doc.context = request.context();
            doc.location = request.location();
            doc.reportedAt = reportedAt;
            doc.recordedAt = received;
            doc.addPending(reported(doc));
            return doc;
        });
        return new Recorded<>(PainReportView.of(stored.document()), stored.replayed());
    }

    static PendingEvent reported(PainReportDocument doc) {
        PainReported payload = new PainReported(doc.reportId, doc.memberId, doc.gym, doc.rating, doc.context,
                doc.location, doc.reportedAt);
        return PendingEvent.of(EventCodec.wrap(doc.reportId, SessionService.EVENT_SOURCE, doc.memberId, doc.gym,
                doc.recordedAt, payload));
    }

    public Page<PainReportView> history(String gym, String memberId, int page, int size) {
        return Page.map(reports.history(gym, memberId, page, size), PainReportView::of);
    }
}
