package io.backbone.progress.repository;

import io.backbone.support.rest.Page;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** Stores pain reports, each once per idempotency key and together with its pending event. */
@ApplicationScoped
public class PainReportRepository implements PanacheMongoRepositoryBase<PainReportDocument, String> {

    static final String COLLECTION = "pain_reports";

    @Inject
    StoreOnce storeOnce;

    public StoreOnce.Stored<PainReportDocument> storeOnce(String key, boolean mayExist, Supplier<PainReportDocument> build) {
        return storeOnce.store(this, COLLECTION, key, mayExist, build);
    }

    public Page<PainReportDocument> history(String gym, String memberId, int page, int size) {
        return Histories.newestFirst(this, "reportedAt", gym, memberId, page, size);
    }
}
