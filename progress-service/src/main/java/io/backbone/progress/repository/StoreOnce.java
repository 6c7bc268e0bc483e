package io.backbone.progress.repository;

import com.mongodb.MongoWriteException;
import io.backbone.outbox.OutboxRelay;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Stores a write once per idempotency key, together with the pending event its builder put in it;
 * a repeat of the key, even one racing in at the same moment, gets the first write back.
 */
@ApplicationScoped
public class StoreOnce {

    @Inject
    OutboxRelay relay;

    /** The stored document, and whether an earlier submission stored it. */
    public record Stored<T>(T document, boolean replayed) {
    }

    /** The key of a member's write: unique per gym and member, and the client's idempotency id if it gave one. */
    public static String key(String gym, String memberId, String idempotencyId) {
        return gym + "/" + memberId + "/" + idempotencyId;
    }

    /**
     * @param mayExist false when the key is freshly generated, so there is nothing to look up first
     * @param build    validates and builds the document; runs only when nothing is stored under the key
     */
    public <T> Stored<T> store(PanacheMongoRepositoryBase<T, String> repository, String collection, String key,
                               boolean mayExist, Supplier<T> build) {
        if (mayExist) {
            T earlier = repository.findById(key);
            if (earlier != null) {
                return new Stored<>(earlier, true);
            }
        }
        T document = build.get();
        try {
            repository.persist(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return new Stored<>(repository.findById(key), true); // the same key raced in from a retry
            }
            throw e;
        }
        relay.nudge(collection, key);
        return new Stored<>(document, false);
    }
}
