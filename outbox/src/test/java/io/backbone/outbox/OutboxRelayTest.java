package io.backbone.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.backbone.infra.EmbeddedMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay against the embedded database: published events leave their documents, and only those. */
class OutboxRelayTest {

    static EmbeddedMongo mongo;
    static MongoClient client;

    @BeforeAll
    static void start() {
        mongo = EmbeddedMongo.inMemory(0);
        client = MongoClients.create(mongo.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        mongo.close();
    }

    @Test
    void aBatchIsMarkedPublishedAndAnEventAddedMeanwhileStaysPending() {
        MongoCollection<Document> things = client.getDatabase("relay-test").getCollection("things");
        for (String id : List.of("a", "b", "c")) {
            things.insertOne(new Document("_id", id).append(OutboxFields.OUTBOX, List.of(event(id + "-1")))
                    .append(OutboxFields.PENDING, true).append(OutboxFields.SEQ, 1L));
        }
        List<String> sent = new ArrayList<>();
        EventPublisher publisher = (topic, key, value) -> {
            sent.add(value);
            if (value.equals("b-1")) { // a writer adds an event to b while its first one is on its way
                things.updateOne(Filters.eq("_id", "b"), Updates.combine(Updates.push(OutboxFields.OUTBOX, event("b-2")),
                        Updates.inc(OutboxFields.SEQ, 1L)));
            }
            return CompletableFuture.completedFuture(null);
        };
        OutboxRelay relay = new OutboxRelay(client, publisher, config(), new SimpleMeterRegistry(), "relay-test", true);

        assertThat(relay.drain()).isEqualTo(3);
        assertThat(sent).containsExactlyInAnyOrder("a-1", "b-1", "c-1");
        for (String id : List.of("a", "c")) {
            Document doc = things.find(Filters.eq("_id", id)).first();
            assertThat(doc.getList(OutboxFields.OUTBOX, Document.class)).isEmpty();
            assertThat(doc.containsKey(OutboxFields.PENDING)).isFalse();
        }
        Document b = things.find(Filters.eq("_id", "b")).first();
        assertThat(b.getList(OutboxFields.OUTBOX, Document.class)).extracting(e -> e.getString("id")).containsExactly("b-2");
        assertThat(b.getBoolean(OutboxFields.PENDING)).isTrue();

        assertThat(relay.drain()).isEqualTo(1);
        assertThat(sent).endsWith("b-2");
        assertThat(things.find(Filters.eq("_id", "b")).first().getList(OutboxFields.OUTBOX, Document.class)).isEmpty();
        relay.stop();
    }

    private static Document event(String id) {
        return new Document("id", id).append("topic", "things").append("key", id).append("payload", id);
    }

    private static OutboxConfig config() {
        return new OutboxConfig() {
            public List<String> collections() {
                return List.of("things");
            }

            public int batchSize() {
                return 200;
            }

            public Optional<List<String>> deadLetterTopics() {
                return Optional.empty();
            }

            public Duration publishTimeout() {
                return Duration.ofSeconds(5);
            }
        };
    }
}
