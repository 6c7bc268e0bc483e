package io.backbone.program.repository;

import io.backbone.outbox.OutboxRelay;
import io.backbone.storage.VersionedCollection;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.function.Predicate;

/** Stores one document per member's programme; every change is a compare-and-swap carrying its events. */
@ApplicationScoped
public class ProgramRepository implements PanacheMongoRepositoryBase<ProgramDocument, String> {

    static final String COLLECTION = "programs";

    @Inject
    OutboxRelay relay;
    @Inject
    Clock clock;
    @ConfigProperty(name = "backbone.storage.embedded-server-indexes")
    boolean embeddedServerIndexes;

    private VersionedCollection<ProgramDocument> versioned;

    void createIndexes(@Observes StartupEvent start) {
        versioned().createSwapIndex(embeddedServerIndexes);
    }

    public ProgramDocument find(String gym, String memberId) {
        return findById(ProgramDocument.key(gym, memberId));
    }

    /**
     * Applies {@code change} to the member's document (a fresh one when nothing is stored) and
     * stores it with its pending events; a change that returns false stores nothing.
     */
    public VersionedCollection.Updated<ProgramDocument> update(String gym, String memberId, Predicate<ProgramDocument> change) {
        var updated = versioned().update(ProgramDocument.key(gym, memberId), () -> ProgramDocument.fresh(gym, memberId), doc -> {
            if (!change.test(doc)) {
                return false;
            }
            doc.updatedAt = clock.instant();
            return true;
        });
        if (updated.changed()) {
            relay.nudge(COLLECTION, updated.document().key);
        }
        return updated;
    }

    private VersionedCollection<ProgramDocument> versioned() {
        if (versioned == null) {
            versioned = new VersionedCollection<>(mongoCollection(), d -> d.key, d -> d.version, (d, v) -> d.version = v);
        }
        return versioned;
    }
}
