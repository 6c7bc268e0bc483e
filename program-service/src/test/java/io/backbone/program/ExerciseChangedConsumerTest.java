package io.backbone.program;

import io.backbone.events.EventCodec;
import io.backbone.events.ExerciseChanged;
import io.backbone.events.Topics;
import io.backbone.testing.InjectCompanion;
import io.backbone.testing.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class ExerciseChangedConsumerTest {

    @InjectCompanion
    KafkaCompanion companion;

    @Test
    void newerVersionsApplyAndRedeliveryOrOlderOnesChangeNothing() {
        String id = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        String v2 = event(id, 2);
        send(id, v2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/catalog-view/exercises/" + id).then().statusCode(200).body("version", equalTo(2)));
        String v2EventId = EventCodec.decode(v2).id();

        send(id, event(id, 1));       // out of order: older
        send(id, v2);                 // redelivery of the same event
        String v3 = event(id, 3);
        send(id, v3);                 // a marker that everything before it was consumed

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/catalog-view/exercises/" + id).then().body("version", equalTo(3)));
        given().get("/catalog-view/exercises/" + id).then().body("lastEventId", equalTo(EventCodec.decode(v3).id()));
        org.assertj.core.api.Assertions.assertThat(v2EventId).isNotEqualTo(EventCodec.decode(v3).id());
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String id = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        var dlq = companion.consumeStrings().fromTopics(Topics.EXERCISE_CHANGED + Topics.DEAD_LETTER_SUFFIX);
        send(id, "{this is not an event");
        send(id, event(id, 1));

        dlq.awaitRecords(1, Duration.ofSeconds(30));
        dlq.stop();
        org.assertj.core.api.Assertions.assertThat(dlq.getRecords()).anyMatch(r -> r.value().contains("this is not an event"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/catalog-view/exercises/" + id).then().statusCode(200).body("version", equalTo(1)));
    }

    @Test
    void readinessIsTheDatabaseAndKafkaHasAGroupAndAGauge() {
        // readiness is the database; the broker is a group of its own (writes wait in the outbox while it is away)
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", not(hasItem(containsString("Kafka"))));
        given().get("/q/health/group/kafka").then().statusCode(200).body("checks.name", hasItem("Kafka broker"));
        await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("backbone_kafka_up 1.0")));
    }

    private void send(String key, String value) {
        companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.EXERCISE_CHANGED, key, value))
                .awaitCompletion(Duration.ofSeconds(10));
    }

    private static String event(String id, long version) {
        return EventCodec.encode(EventCodec.wrap("/test", id, null,
                new ExerciseChanged(id, null, version, ExerciseChanged.UPDATED, Instant.now())));
    }
}
