package io.backbone.progress.service;

import io.backbone.events.EventCodec;
import io.backbone.events.PainReported;
import io.backbone.outbox.PendingEvent;
import io.backbone.progress.mapping.PainReportRequest;
import io.backbone.support.rest.Page;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/** Pain reports, stored with their pain-reported event in one write. */
@ApplicationScoped
public class PainReportService implements PanacheMongoRepositoryBase<PainReportDocument, String> {

    @Inject
    StoreOnce storeOnce;
    @Inject
    Timestamps timestamps;
    @Inject
    Clock clock;

    public StoreOnce.Stored<PainReportDocument> report(String gym, String memberId, PainReportRequest request) {
        String reportId = UUID.randomUUID().toString();
        String key = StoreOnce.key(gym, memberId, request.clientReportId() == null ? reportId : request.clientReportId());
        return storeOnce.store(this, "pain_reports", key, request.clientReportId() != null, () -> {
            timestamps.check("reportedAt", request.reportedAt());
            PainReportDocument doc = new PainReportDocument();
            doc.key = key;
            doc.reportId = reportId;
            doc.clientReportId = request.clientReportId();
            doc.gym = gym;
            doc.memberId = memberId;
            doc.rating = request.rating();
            doc.context = request.context();
            doc.location = request.location();
            doc.reportedAt = request.reportedAt();
            doc.recordedAt = clock.instant();
            doc.addPending(reported(doc));
            return doc;
        });
    }

    static PendingEvent reported(PainReportDocument doc) {
        PainReported payload = new PainReported(doc.reportId, doc.memberId, doc.gym, doc.rating, doc.context,
                doc.location, doc.reportedAt);
        return PendingEvent.of(EventCodec.wrap(doc.reportId, SessionService.EVENT_SOURCE, doc.memberId, doc.gym,
                doc.recordedAt, payload));
    }

    public Page<PainReportDocument> history(String gym, String memberId, int page, int size) {
        var query = find("gym = ?1 and memberId = ?2", Sort.descending("reportedAt").and("_id", Sort.Direction.Descending),
                gym, memberId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
