package io.backbone.progress.rollup;

import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.backbone.progress.domain.MemberRollup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** Stores member rollups; every change is a compare-and-swap on their version. */
@ApplicationScoped
public class RollupRepository {

    private static final Logger LOG = Logger.getLogger(RollupRepository.class);
    private static final int ATTEMPTS = 20;

    private static final Bson WITHOUT_SEEN_IDS = Projections.exclude("seenEventIds");

    private final MongoCollection<MemberRollup> collection;

    @Inject
    public RollupRepository(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection("member_rollups", MemberRollup.class);
    }

    void createIndexes(@Observes StartupEvent start) {
        try {
            collection.createIndex(Indexes.ascending("gym"));
            // the compare-and-swap filter: real MongoDB would use _id alone, the embedded server
            // only uses an index whose keys equal the filter's
            collection.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        } catch (Exception e) {
            LOG.warnf("missing index on member_rollups (%s); queries still work, only slower", e.toString());
        }
    }

    public MemberRollup find(String gym, String memberId) {
        return collection.find(Filters.eq("_id", MemberRollup.key(gym, memberId))).first();
    }

    /** A rollup without the ids of counted events, or null: what analytics and validation read. */
    public MemberRollup figuresOf(String gym, String memberId) {
        return collection.find(Filters.eq("_id", MemberRollup.key(gym, memberId))).projection(WITHOUT_SEEN_IDS).first();
    }

    public List<MemberRollup> figures(String gym, Collection<String> memberIds) {
        List<MemberRollup> found = new ArrayList<>();
        for (String memberId : memberIds) {
            MemberRollup rollup = figuresOf(gym, memberId);
            if (rollup != null) {
                found.add(rollup);
            }
        }
        return found;
    }

    /** Every rollup of a gym in a stable order, read lazily in batches, without the ids of counted events. */
    public FindIterable<MemberRollup> ofGym(String gym) {
        return collection.find(Filters.eq("gym", gym)).projection(WITHOUT_SEEN_IDS).sort(Sorts.ascending("_id")).batchSize(500);
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
