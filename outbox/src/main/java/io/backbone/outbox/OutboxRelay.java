package io.backbone.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes pending events and removes each from its document once Kafka acknowledged it.
 * A crash between the acknowledgement and the removal publishes the event again with the same
 * event id; consumers deduplicate by id, so every event takes effect once.
 * Writers call {@link #nudge(String, Object)} with the document they stored, for prompt delivery
 * that touches that document only; a periodic sweep catches the rest (after a crash or while the
 * broker was down).
 * <p>
 * Every write is by {@code _id}, or by {@code _id} and {@code outboxSeq} under a unique index on
 * exactly those keys, as a flat filter: the embedded MongoDB-wire server only uses a unique index
 * whose keys equal the filter's, and without one each drained document would cost a scan of its
 * collection. The sweep's query by the pending flag is served by a sparse index on real MongoDB;
 * the embedded server, which ignores non-unique indexes, scans for it once per sweep.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MongoClient mongo;
    private final boolean embeddedServerIndexes;
    private final EventPublisher publisher;
    private final OutboxConfig config;
    private final String database;
    private final Counter published;
    private final Counter failures;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean sweepRequested = new AtomicBoolean();
    private final Queue<Target> targets = new ConcurrentLinkedQueue<>();
    private final Map<String, Double> pending = new ConcurrentHashMap<>();

    private record Target(String collection, Object id) {
    }

    @Inject
    public OutboxRelay(MongoClient mongo, EventPublisher publisher, OutboxConfig config, MeterRegistry registry,
                       @ConfigProperty(name = "quarkus.mongodb.database") String database,
                       @ConfigProperty(name = "backbone.storage.embedded-server-indexes") boolean embeddedServerIndexes) {
        this.embeddedServerIndexes = embeddedServerIndexes;
        this.mongo = mongo;
        this.publisher = publisher;
        this.config = config;
        this.database = database;
        this.published = registry.counter("backbone.outbox.published");
        this.failures = registry.counter("backbone.outbox.failures");
        for (String name : config.collections()) {
            // measured by each sweep, so a scrape costs no query
            Gauge.builder("backbone.outbox.pending", pending, p -> p.getOrDefault(name, Double.NaN)).tag("collection", name)
                    .description("Documents whose events waited to be published at the last sweep (the backlog while Kafka is away)")
                    .register(registry);
        }
    }

    /**
     * A sparse index on the pending flag keeps the sweep's query cheap on real MongoDB. The unique
     * {@code _id + outboxSeq} index serves the embedded server only, which uses an index just when
     * its keys equal the filter's; real MongoDB answers that filter from {@code _id}.
     */
    void createIndexes(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        for (String name : config.collections()) {
            try {
                MongoCollection<Document> collection = mongo.getDatabase(database).getCollection(name);
                collection.createIndex(Indexes.ascending(OutboxFields.PENDING), new IndexOptions().sparse(true));
                if (embeddedServerIndexes) {
                    collection.createIndex(Indexes.ascending("_id", OutboxFields.SEQ), new IndexOptions().unique(true));
                }
            } catch (Exception e) {
                LOG.warnf("no outbox index on %s (%s); the sweep still works, only slower", name, e.toString());
            }
        }
        nudge();
    }

    /** Asks for the events of one just-stored document to be published soon, off the caller's thread. */
    public void nudge(String collection, Object id) {
        targets.add(new Target(collection, id));
        schedule();
    }

    /** Asks for a sweep of every outbox collection soon. */
    public void nudge() {
        sweepRequested.set(true);
        schedule();
    }

    /** On shutdown the relay stops with the database client; what is pending is published after the restart. */
    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void schedule() {
        if (worker.isShutdown()) {
            return;
        }
        if (scheduled.compareAndSet(false, true)) {
            worker.execute(() -> {
                scheduled.set(false);
                drainTargets();
                if (sweepRequested.getAndSet(false)) {
                    drain();
                }
            });
        }
    }

    @Scheduled(every = "${backbone.outbox.sweep-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        nudge();
    }

    /**
     * Publishes the nudged documents in batches: one query and one round of acknowledgements per
     * batch, not per document (a broker that syncs each append to disk would otherwise set the pace).
     * Documents go in the order they were nudged, so each member's events keep the order they were
     * stored in. Takes what was queued when it started, so a sweep still gets its turn under load.
     */
    private synchronized void drainTargets() {
        int queued = targets.size();
        while (queued > 0) {
            Map<String, List<Object>> ids = new LinkedHashMap<>();
            Target target;
            for (int n = 0; n < config.batchSize() && queued > 0 && (target = targets.poll()) != null; n++, queued--) {
                ids.computeIfAbsent(target.collection(), k -> new ArrayList<>()).add(target.id());
            }
            if (ids.isEmpty()) {
                return;
            }
            for (Map.Entry<String, List<Object>> nudged : ids.entrySet()) {
                MongoCollection<Document> collection = mongo.getDatabase(database).getCollection(nudged.getKey());
                try {
                    Map<Object, Document> found = new HashMap<>();
                    // $in on _id: served by the _id index on real MongoDB and on the embedded server alike
                    for (Document doc : collection.find(Filters.in("_id", nudged.getValue()))) {
                        if (Boolean.TRUE.equals(doc.getBoolean(OutboxFields.PENDING))) {
                            found.put(doc.get("_id"), doc);
                        }
                    }
                    List<Document> inOrder = new ArrayList<>();
                    for (Object id : nudged.getValue()) {
                        Document doc = found.remove(id);
                        if (doc != null) {
                            inOrder.add(doc);
                        }
                    }
                    drainBatch(collection, inOrder);
                } catch (Exception e) {
                    failures.increment();
                    LOG.warnf("outbox publish from %s stopped: %s; retrying on the next sweep", nudged.getKey(), e.toString());
                    targets.clear(); // the sweep finds them all again
                    sweepRequested.set(true);
                    return;
                }
            }
        }
    }

    /**
     * Publishes every pending event it finds, batch after batch until a batch comes back short (a
     * backlog left by a broker outage drains at once, not a batch per sweep); returns how many.
     * Runs on the relay thread only.
     */
    synchronized int drain() {
        int count = 0;
        for (String name : config.collections()) {
            MongoCollection<Document> collection = mongo.getDatabase(database).getCollection(name);
            try {
                pending.put(name, (double) collection.countDocuments(Filters.eq(OutboxFields.PENDING, true)));
                List<Document> batch;
                long started = System.nanoTime();
                int fromHere = 0;
                do {
                    batch = collection.find(Filters.eq(OutboxFields.PENDING, true)).limit(config.batchSize())
                            .into(new ArrayList<>());
                    fromHere += drainBatch(collection, batch);
                } while (batch.size() == config.batchSize());
                count += fromHere;
                if (fromHere >= config.batchSize()) {
                    LOG.infof("published a backlog of %d events from %s in %d ms", fromHere, name,
                            (System.nanoTime() - started) / 1_000_000);
                }
            } catch (Exception e) {
                failures.increment();
                LOG.warnf("outbox sweep of %s stopped: %s; retrying on the next sweep", name, e.toString());
            }
        }
        return count;
    }

    /**
     * Sends every event of the batch before awaiting any acknowledgement (one round trip to the
     * broker per batch, not per event; the idempotent producer keeps each partition's order), then
     * removes them from their documents. A failure leaves the whole batch pending for the next
     * sweep: what was already sent goes again, with the same event ids.
     */
    private int drainBatch(MongoCollection<Document> collection, List<Document> docs) throws Exception {
        List<Future<?>> acknowledgements = new ArrayList<>();
        for (Document doc : docs) {
            for (Document event : doc.getList(OutboxFields.OUTBOX, Document.class, List.of())) {
                acknowledgements.add(publisher.send(event.getString("topic"), event.getString("key"), event.getString("payload")));
            }
        }
        long deadline = System.nanoTime() + config.publishTimeout().toNanos();
        for (Future<?> acknowledgement : acknowledgements) {
            acknowledgement.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        markPublished(collection, docs);
        published.increment(acknowledgements.size());
        return acknowledgements.size();
    }

    /**
     * Empties the outboxes of the published documents in one bulk write (one round trip per batch).
     * Nothing added since a document was read is the usual case: its write matches on the outbox
     * sequence it was read at. When some did not match, a writer added events to them meanwhile,
     * and for every document of the batch only the published events are pulled: a no-op where the
     * first write matched, and the flag stays for the rest where it did not.
     */
    private static void markPublished(MongoCollection<Document> collection, List<Document> docs) {
        if (docs.isEmpty()) {
            return;
        }
        // flat filters, not Filters.and (sent as $and, which no index of the embedded server serves)
        List<UpdateOneModel<Document>> emptied = docs.stream().map(doc -> new UpdateOneModel<Document>(
                new Document("_id", doc.get("_id")).append(OutboxFields.SEQ, doc.get(OutboxFields.SEQ)),
                Updates.combine(Updates.set(OutboxFields.OUTBOX, List.of()), Updates.unset(OutboxFields.PENDING)))).toList();
        if (collection.bulkWrite(emptied, new BulkWriteOptions().ordered(false)).getMatchedCount() == docs.size()) {
            return;
        }
        List<UpdateOneModel<Document>> pulled = docs.stream().map(doc -> new UpdateOneModel<Document>(
                Filters.eq("_id", doc.get("_id")), Updates.pullByFilter(new Document(OutboxFields.OUTBOX,
                new Document("id", new Document("$in", doc.getList(OutboxFields.OUTBOX, Document.class, List.of()).stream()
                        .map(e -> e.getString("id")).toList())))))).toList();
        collection.bulkWrite(pulled, new BulkWriteOptions().ordered(false));
    }
}
