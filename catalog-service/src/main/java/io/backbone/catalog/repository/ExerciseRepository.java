package io.backbone.catalog.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.backbone.catalog.domain.SearchCriteria;
import io.backbone.catalog.domain.Vocabulary.Flag;
import io.backbone.outbox.OutboxRelay;
import io.backbone.storage.VersionedCollection;
import io.backbone.vocabulary.Equipment;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/** Stores exercises, the library's and each gym's own; every change is a swap at a version. */
@ApplicationScoped
public class ExerciseRepository implements PanacheMongoRepositoryBase<ExerciseDocument, String> {


    static final String COLLECTION = "exercises";

    @Inject
    OutboxRelay relay;
    @ConfigProperty(name = "backbone.storage.embedded-server-indexes")
    boolean embeddedServerIndexes;

    private VersionedCollection<ExerciseDocument> versioned;

    void createIndexes(@Observes StartupEvent start) {
        versioned().createSwapIndex(embeddedServerIndexes);
    }

    /** Stores a new exercise with its pending event; false when one is stored under its key already. */
    public boolean insertNew(ExerciseDocument doc) {
        try {
            persist(doc);
            relay.nudge(COLLECTION, doc.key);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Stores {@code doc} (already at its next version) only if the stored copy is at {@code expectedVersion}. */
    public boolean replaceAt(ExerciseDocument doc, long expectedVersion) {
        if (!versioned().replaceAt(doc.key, expectedVersion, doc)) {
            return false;
        }
        relay.nudge(COLLECTION, doc.key);
        return true;
    }

    private VersionedCollection<ExerciseDocument> versioned() {
        if (versioned == null) {
            versioned = new VersionedCollection<>(mongoCollection(), d -> d.key, d -> d.version, (d, v) -> d.version = v);
        }
        return versioned;
    }

    /** The global library plus the gym's own exercises. */
    public Bson visibleTo(String gym) {
        return gym == null ? Filters.eq("gym", null) : Filters.or(Filters.eq("gym", null), Filters.eq("gym", gym));
    }

    public List<ExerciseDocument> ownedBy(String gym) {
        return mongoCollection().find(Filters.eq("gym", gym)).into(new ArrayList<>());
    }

    public List<ExerciseDocument> globalLibrary() {
        return mongoCollection().find(Filters.eq("gym", null)).into(new ArrayList<>());
    }

    public SearchResult search(SearchCriteria c, String gym) {
        Bson filter = filter(c, gym);
        long total = mongoCollection().countDocuments(filter);
        String field = switch (c.sort()) {
            case NAME, NAME_DESC -> "sortName";
            case DIFFICULTY, DIFFICULTY_DESC -> "exercise.difficulty";
        };
        Bson order = Sorts.orderBy(c.sort().ascending ? Sorts.ascending(field) : Sorts.descending(field), Sorts.ascending("_id"));
        List<ExerciseDocument> items = mongoCollection().find(filter).sort(order)
                .skip(c.page() * c.size()).limit(c.size()).into(new ArrayList<>());
        return new SearchResult(items, total);
    }

    public record SearchResult(List<ExerciseDocument> items, long total) {
    }

    private Bson filter(SearchCriteria c, String gym) {
        List<Bson> all = new ArrayList<>();
        all.add(visibleTo(gym));
        if (c.text() != null && !c.text().isBlank()) {
            all.add(Filters.regex("searchText", Pattern.quote(c.text().trim().toLowerCase())));
        }
        if (c.region() != null) {
            all.add(Filters.eq("exercise.regions", c.region().name()));
        }
        if (c.category() != null) {
            all.add(Filters.eq("exercise.category", c.category().name()));
        }
        if (c.position() != null) {
            all.add(Filters.eq("exercise.position", c.position().name()));
        }
        if (c.minDifficulty() > 1) {
            all.add(Filters.gte("exercise.difficulty", c.minDifficulty()));
        }
        if (c.maxDifficulty() < 5) {
            all.add(Filters.lte("exercise.difficulty", c.maxDifficulty()));
        }
        if (c.available() != null) {
            // needs ⊆ available ⇔ needs nothing that is missing: a plain $nin, which every MongoDB speaks
            EnumSet<Equipment> missing = EnumSet.allOf(Equipment.class);
            missing.removeAll(c.available());
            if (!missing.isEmpty()) {
                all.add(Filters.nin("exercise.equipment", missing.stream().map(Enum::name).toList()));
            }
        }
        List<String> excluded = new ArrayList<>();
        if (c.excludeKneeling()) {
            excluded.add(Flag.REQUIRES_KNEELING.name());
        }
        if (c.excludeFloor()) {
            excluded.add(Flag.REQUIRES_FLOOR.name());
        }
        if (!excluded.isEmpty()) {
            all.add(Filters.nin("exercise.flags", excluded));
        }
        return Filters.and(all);
    }
}
