package io.backbone.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes pending events and removes each from its document once Kafka acknowledged it.
 * A crash between the acknowledgement and the removal publishes the event again with the same
 * event id; consumers deduplicate by id, so every event takes effect once.
 * Writers call {@link #nudge(String, Object)} with the document they stored, for prompt delivery
 * that touches that document only; a periodic sweep catches the rest (after a crash or while the
 * broker was down).
 * <p>
 * Every query is by {@code _id}, or by {@code _id} and {@code outboxSeq} under a unique index on
 * exactly those keys: the embedded MongoDB-wire server only uses an index whose keys equal the
 * filter's, and without one each drained document would cost a scan of its collection.
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

    private void schedule() {
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

    private synchronized void drainTargets() {
        Target target;
        while ((target = targets.poll()) != null) {
            MongoCollection<Document> collection = mongo.getDatabase(database).getCollection(target.collection());
            try {
                Document doc = collection.find(Filters.eq("_id", target.id())).first();
                if (doc != null && Boolean.TRUE.equals(doc.getBoolean(OutboxFields.PENDING))) {
                    drainDocument(collection, doc);
                }
            } catch (Exception e) {
                failures.increment();
                LOG.warnf("outbox publish from %s stopped: %s; retrying on the next sweep", target.collection(), e.toString());
                targets.clear(); // the sweep finds them all again
                return;
            }
        }
    }

    /** Publishes every pending event it finds; returns how many. Runs on the relay thread only. */
    synchronized int drain() {
        int count = 0;
        for (String name : config.collections()) {
            MongoCollection<Document> collection = mongo.getDatabase(database).getCollection(name);
            try {
                for (Document doc : collection.find(Filters.eq(OutboxFields.PENDING, true)).limit(config.batchSize())) {
                    count += drainDocument(collection, doc);
                }
            } catch (Exception e) {
                failures.increment();
                LOG.warnf("outbox sweep of %s stopped: %s; retrying on the next sweep", name, e.toString());
            }
        }
        return count;
    }

    private int drainDocument(MongoCollection<Document> collection, Document doc) throws Exception {
        Object id = doc.get("_id");
        List<Document> pending = doc.getList(OutboxFields.OUTBOX, Document.class, List.of());
        for (Document event : pending) {
            publisher.publish(event.getString("topic"), event.getString("key"), event.getString("payload"));
            collection.updateOne(Filters.eq("_id", id),
                    Updates.pull(OutboxFields.OUTBOX, new Document("id", event.getString("id"))));
            published.increment();
        }
        // only clears the flag if no writer added an event meanwhile
        collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(OutboxFields.SEQ, doc.get(OutboxFields.SEQ))),
                Updates.unset(OutboxFields.PENDING));
        return pending.size();
    }
}
