package io.backbone.storage;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Optimistic concurrency on documents that carry a {@code version}: every write is a single-
 * document compare-and-swap on {@code _id} and {@code version}, the one atomic primitive that both
 * real MongoDB and the embedded server have. Three ways to use it:
 * <ul>
 *   <li>{@link #update}: read, change, swap, and on a lost race read again (the loop);</li>
 *   <li>{@link #replaceAt}: swap only if the stored version is the caller's (HTTP If-Match);</li>
 *   <li>{@link #replaceIfNewer}: keep whichever copy has the higher version (events that may be
 *       redelivered or overtaken).</li>
 * </ul>
 * Inserting once under a unique key, without versions, is {@code StoreOnce}'s job, not this one.
 */
public final class VersionedCollection<T> {

    /** A lost race is retried this often before the write gives up; each try is a fresh read. */
    static final int ATTEMPTS = 20;
    private static final System.Logger LOG = System.getLogger(VersionedCollection.class.getName());

    private final MongoCollection<T> collection;
    private final Function<T, String> idOf;
    private final ToLongFunction<T> versionOf;
    private final ObjLongConsumer<T> setVersion;

    public VersionedCollection(MongoCollection<T> collection, Function<T, String> idOf, ToLongFunction<T> versionOf,
                               ObjLongConsumer<T> setVersion) {
        this.collection = collection;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.setVersion = setVersion;
    }

    /** What {@link #update} did: the document as it now is, and whether this call wrote it. */
    public record Updated<T>(T document, boolean changed) {
    }

    /**
     * Applies {@code change} to the stored document (or to {@code fresh} when there is none) and
     * stores it with the next version. A change that returns false writes nothing, for example
     * because the event it applies was applied before.
     *
     * @throws ConcurrentModificationException when the document kept changing under every attempt
     */
    public Updated<T> update(String id, Supplier<T> fresh, Predicate<T> change) {
        return update(id, null, fresh, change);
    }

    /**
     * {@link #update}, starting from {@code alreadyRead} (a copy the caller just read, for example
     * with {@link #findAll}) instead of reading it again; null reads it. A lost race reads afresh.
     */
    public Updated<T> update(String id, T alreadyRead, Supplier<T> fresh, Predicate<T> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            T stored = attempt == 0 && alreadyRead != null ? alreadyRead : find(id);
            T doc = stored == null ? fresh.get() : stored;
            long expected = versionOf.applyAsLong(doc);
            if (!change.test(doc)) {
                return new Updated<>(doc, false);
            }
            setVersion.accept(doc, expected + 1);
            if (stored == null ? insertedFirst(doc) : swapped(id, expected, doc)) {
                return new Updated<>(doc, true);
            }
        }
        throw new ConcurrentModificationException(id, ATTEMPTS);
    }

    /**
     * Stores {@code doc}, which the caller has already given its next version, only if the stored
     * copy is still at {@code expectedVersion}.
     *
     * @return false when the stored version is another (or the document is gone)
     */
    public boolean replaceAt(String id, long expectedVersion, T doc) {
        return swapped(id, expectedVersion, doc);
    }

    /**
     * Stores {@code candidate} unless a copy at its version or a newer one is stored already: an
     * older or repeated copy changes nothing, whatever order copies arrive in.
     *
     * @return true when {@code candidate} is now the stored copy
     */
    public boolean replaceIfNewer(T candidate) {
        String id = idOf.apply(candidate);
        long version = versionOf.applyAsLong(candidate);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            T stored = find(id);
            if (stored == null) {
                if (insertedFirst(candidate)) {
                    return true;
                }
                continue;
            }
            long storedVersion = versionOf.applyAsLong(stored);
            if (storedVersion >= version) {
                return false;
            }
            if (swapped(id, storedVersion, candidate)) {
                return true;
            }
        }
        throw new ConcurrentModificationException(id, ATTEMPTS);
    }

    public T find(String id) {
        return collection.find(Filters.eq("_id", id)).first();
    }

    /** The stored documents among {@code ids}, by id: one query ($in on _id, which every server serves from its index). */
    public Map<String, T> findAll(Collection<String> ids) {
        Map<String, T> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (T doc : collection.find(Filters.in("_id", ids))) {
                found.put(idOf.apply(doc), doc);
            }
        }
        return found;
    }

    /**
     * The unique index on the compare-and-swap filter, for the embedded server only
     * ({@code backbone.storage.embedded-server-indexes}). Real MongoDB answers that filter from its
     * {@code _id} index and needs no second one; the embedded server only uses an index whose keys
     * equal the filter's and scans the collection without it. A failure is logged, not thrown:
     * writes still work without the index, only slower.
     */
    public void createSwapIndex(boolean embeddedServer) {
        if (!embeddedServer) {
            return;
        }
        try {
            collection.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "no _id+version index on {0} ({1}); writes still work, only slower",
                    collection.getNamespace().getCollectionName(), e.toString());
        }
    }

    private boolean insertedFirst(T doc) {
        try {
            collection.insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // created meanwhile: the caller reads it and tries again
            }
            throw e;
        }
    }

    private boolean swapped(String id, long expectedVersion, T doc) {
        // a flat filter, not Filters.and (which the driver sends as $and): the embedded server uses the
        // (_id, version) index only for a filter with exactly those keys, and scans the collection otherwise
        return collection.replaceOne(new Document("_id", id).append("version", expectedVersion), doc)
                .getMatchedCount() == 1;
    }

    /** Thrown when a document kept changing under every attempt: contention no retry resolves. */
    public static final class ConcurrentModificationException extends RuntimeException {
        ConcurrentModificationException(String id, int attempts) {
            super(id + " kept changing under " + attempts + " attempts");
        }
    }
}
