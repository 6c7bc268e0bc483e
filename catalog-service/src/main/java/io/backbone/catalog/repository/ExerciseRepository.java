package io.backbone.catalog.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import io.backbone.outbox.OutboxRelay;
import io.backbone.storage.VersionedCollection;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores exercises, the library's and each gym's own; every change is a swap at a version. Reads
 * for searches come from memory (VisibleCatalogs), loaded from here.
 */
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

    public List<ExerciseDocument> ownedBy(String gym) {
        return mongoCollection().find(Filters.eq("gym", gym)).into(new ArrayList<>());
    }

    public List<ExerciseDocument> globalLibrary() {
        return mongoCollection().find(Filters.eq("gym", null)).into(new ArrayList<>());
    }
}
