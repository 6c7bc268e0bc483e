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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Stores one document per member's programme; every change is a compare-and-swap carrying its
 * events. Keeps the document small: once it holds more than {@link #RECENT_LIMIT} revisions, the
 * next write copies all but the newest {@link #RECENT_KEPT} to the {@link RevisionArchive} and
 * drops them. Only revisions the document had already stored are copied, and the copy comes
 * first, so a crash between the two writes leaves a revision in both places, never in neither.
 */
@ApplicationScoped
public class ProgramRepository implements PanacheMongoRepositoryBase<ProgramDocument, String> {

    static final String COLLECTION = "programs";
    static final int RECENT_LIMIT = 16;
    static final int RECENT_KEPT = 4;

    @Inject
    OutboxRelay relay;
    @Inject
    Clock clock;
    @Inject
    RevisionArchive archive;
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
        return update(gym, memberId, null, change);
    }

    /** The programme documents of these members that are stored, by key: one query. */
    public Map<String, ProgramDocument> findAll(Collection<String> keys) {
        return versioned().findAll(keys);
    }

    /** {@link #update}, starting from a copy the caller has just read (null reads it). */
    public VersionedCollection.Updated<ProgramDocument> update(String gym, String memberId, ProgramDocument alreadyRead,
                                                               Predicate<ProgramDocument> change) {
        var updated = versioned().update(ProgramDocument.key(gym, memberId), alreadyRead,
                () -> ProgramDocument.fresh(gym, memberId), doc -> {
            int stored = doc.recentRevisions.size();
            if (!change.test(doc)) {
                return false;
            }
            if (stored > RECENT_LIMIT) {
                List<ProgramDocument.Revision> older = doc.recentRevisions.subList(0, stored - RECENT_KEPT);
                archive.archive(doc, older);
                older.clear();
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
