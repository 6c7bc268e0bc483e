package io.backbone.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Over the MongoDB wire protocol, against the embedded server the services run on locally. */
class VersionedCollectionTest {

    static MongoServer server;
    static MongoClient client;
    MongoCollection<Document> collection;
    VersionedCollection<Document> versioned;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void emptyCollection() {
        collection = client.getDatabase("test").getCollection("docs");
        collection.drop();
        versioned = new VersionedCollection<>(collection, d -> d.getString("_id"), d -> d.get("version", 0L),
                (d, v) -> d.put("version", v));
        versioned.createSwapIndex(true);
    }

    private static Document fresh(String id) {
        return new Document("_id", id).append("version", 0L).append("count", 0);
    }

    private static boolean increment(Document d) {
        d.put("count", d.getInteger("count") + 1);
        return true;
    }

    @Test
    void updateCreatesThenChangesWithTheNextVersion() {
        var first = versioned.update("a", () -> fresh("a"), VersionedCollectionTest::increment);
        assertThat(first.changed()).isTrue();
        assertThat(versioned.find("a").getLong("version")).isEqualTo(1L);
        versioned.update("a", () -> fresh("a"), VersionedCollectionTest::increment);
        assertThat(versioned.find("a")).containsEntry("count", 2).containsEntry("version", 2L);
    }

    @Test
    void aDeclinedChangeWritesNothing() {
        var result = versioned.update("b", () -> fresh("b"), d -> false);
        assertThat(result.changed()).isFalse();
        assertThat(versioned.find("b")).isNull();
    }

    @Test
    void concurrentUpdatesLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(pool.submit(() -> versioned.update("c", () -> fresh("c"), VersionedCollectionTest::increment)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(versioned.find("c")).containsEntry("count", 40).containsEntry("version", 40L);
    }

    @Test
    void replaceAtRefusesAStaleVersion() {
        versioned.update("d", () -> fresh("d"), d -> true);
        Document next = fresh("d").append("version", 2L).append("count", 7);
        assertThat(versioned.replaceAt("d", 0L, next)).isFalse();
        assertThat(versioned.replaceAt("d", 1L, next)).isTrue();
        assertThat(versioned.find("d")).containsEntry("count", 7);
    }

    @Test
    void replaceIfNewerKeepsTheHighestVersionWhateverTheOrder() {
        assertThat(versioned.replaceIfNewer(new Document("_id", "e").append("version", 3L).append("count", 3))).isTrue();
        assertThat(versioned.replaceIfNewer(new Document("_id", "e").append("version", 2L).append("count", 2))).isFalse();
        assertThat(versioned.replaceIfNewer(new Document("_id", "e").append("version", 3L).append("count", 9))).isFalse();
        assertThat(versioned.replaceIfNewer(new Document("_id", "e").append("version", 4L).append("count", 4))).isTrue();
        assertThat(versioned.find("e")).containsEntry("count", 4);
    }
}
