package io.backbone.progress.repository;

import io.backbone.support.rest.Page;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** Stores outcome measures, each once per idempotency key and together with its pending event. */
@ApplicationScoped
public class OutcomeMeasureRepository implements PanacheMongoRepositoryBase<OutcomeMeasureDocument, String> {

    static final String COLLECTION = "outcome_measures";

    @Inject
    StoreOnce storeOnce;

    public StoreOnce.Stored<OutcomeMeasureDocument> storeOnce(String key, boolean mayExist, Supplier<OutcomeMeasureDocument> build) {
        return storeOnce.store(this, COLLECTION, key, mayExist, build);
    }

    public Page<OutcomeMeasureDocument> history(String gym, String memberId, int page, int size) {
        return Histories.newestFirst(this, "completedAt", gym, memberId, page, size);
    }
}
