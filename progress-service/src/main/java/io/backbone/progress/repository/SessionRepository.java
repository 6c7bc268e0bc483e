package io.backbone.progress.repository;

import io.backbone.support.rest.Page;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** Stores sessions, each once per idempotency key and together with its pending event. */
@ApplicationScoped
public class SessionRepository implements PanacheMongoRepositoryBase<SessionDocument, String> {

    static final String COLLECTION = "sessions";

    @Inject
    StoreOnce storeOnce;

    public StoreOnce.Stored<SessionDocument> storeOnce(String key, boolean mayExist, Supplier<SessionDocument> build) {
        return storeOnce.store(this, COLLECTION, key, mayExist, build);
    }

    public Page<SessionDocument> history(String gym, String memberId, int page, int size) {
        return Histories.newestFirst(this, "performedAt", gym, memberId, page, size);
    }
}
