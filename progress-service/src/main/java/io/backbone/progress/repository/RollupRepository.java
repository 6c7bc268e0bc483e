package io.backbone.progress.repository;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.backbone.progress.domain.MemberRollup;
import io.backbone.storage.VersionedCollection;
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
import java.util.Map;
import java.util.function.Predicate;

/** Stores member rollups; every change is a compare-and-swap on their version. */
@ApplicationScoped
public class RollupRepository {

    private static final Logger LOG = Logger.getLogger(RollupRepository.class);

    private static final Bson WITHOUT_SEEN_IDS = Projections.exclude("seenEventIds");

    private final MongoCollection<MemberRollup> collection;
    private final VersionedCollection<MemberRollup> versioned;
    private final boolean embeddedServerIndexes;

    @Inject
    public RollupRepository(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database,
                            @ConfigProperty(name = "backbone.storage.embedded-server-indexes") boolean embeddedServerIndexes) {
        this.collection = mongo.getDatabase(database).getCollection("member_rollups", MemberRollup.class);
        this.versioned = new VersionedCollection<>(collection, r -> r.id, r -> r.version, (r, v) -> r.version = v);
        this.embeddedServerIndexes = embeddedServerIndexes;
    }

    void createIndexes(@Observes StartupEvent start) {
        versioned.createSwapIndex(embeddedServerIndexes);
        try {
            collection.createIndex(Indexes.ascending("gym"));
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
     * Applies a change to a member's rollup, creating it if needed, starting from a copy the caller
     * has just read (null reads it). The change returns false when the event was already applied;
     * nothing is written then.
     *
     * @return true when the rollup changed
     */
    public boolean update(String gym, String memberId, MemberRollup alreadyRead, Predicate<MemberRollup> change) {
        return versioned.update(MemberRollup.key(gym, memberId), alreadyRead, () -> MemberRollup.empty(gym, memberId), change)
                .changed();
    }

    /** The stored rollups among these keys, by key: one query. */
    public Map<String, MemberRollup> findAll(Collection<String> keys) {
        return versioned.findAll(keys);
    }
}
