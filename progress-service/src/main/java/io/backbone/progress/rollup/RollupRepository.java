package io.backbone.progress.rollup;

import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.backbone.progress.domain.MemberRollup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** Stores member rollups; every change is a compare-and-swap on their version. */
@ApplicationScoped
public class RollupRepository {

    private static final Logger LOG = Logger.getLogger(RollupRepository.class);
    private static final int ATTEMPTS = 20;

    private final MongoCollection<MemberRollup> collection;

    @Inject
    public RollupRepository(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection("member_rollups", MemberRollup.class);
    }

    void createIndexes(@Observes StartupEvent start) {
        try {
            collection.createIndex(Indexes.ascending("gym"));
        } catch (Exception e) {
            LOG.warnf("no gym index on member_rollups (%s); queries still work, only slower", e.toString());
        }
    }

    public MemberRollup find(String gym, String memberId) {
        return collection.find(Filters.eq("_id", MemberRollup.key(gym, memberId))).first();
    }

    public List<MemberRollup> find(String gym, Collection<String> memberIds) {
        List<String> keys = memberIds.stream().map(id -> MemberRollup.key(gym, id)).toList();
        return collection.find(Filters.in("_id", keys)).into(new java.util.ArrayList<>());
    }

    /** Every rollup of a gym in a stable order, read lazily in batches. */
    public FindIterable<MemberRollup> ofGym(String gym) {
        return collection.find(Filters.eq("gym", gym)).sort(Sorts.ascending("_id")).batchSize(500);
    }

    /**
     * Applies a change to a member's rollup, creating it if needed. The change returns false when
     * the event was already applied; nothing is written then.
     *
     * @return true when the rollup changed
     */
    public boolean update(String gym, String memberId, Predicate<MemberRollup> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            MemberRollup rollup = find(gym, memberId);
            boolean fresh = rollup == null;
            if (fresh) {
                rollup = MemberRollup.empty(gym, memberId);
            }
            long expected = rollup.version;
            if (!change.test(rollup)) {
                return false;
            }
            rollup.version = expected + 1;
            if (fresh) {
                try {
                    collection.insertOne(rollup);
                    return true;
                } catch (MongoWriteException e) {
                    if (e.getError().getCode() != 11000) {
                        throw e;
                    }
                    continue; // created meanwhile: apply to that one
                }
            }
            if (collection.replaceOne(Filters.and(Filters.eq("_id", rollup.id), Filters.eq("version", expected)), rollup)
                    .getMatchedCount() == 1) {
                return true;
            }
        }
        throw new IllegalStateException("rollup of " + memberId + " kept changing under " + ATTEMPTS + " attempts");
    }
}
