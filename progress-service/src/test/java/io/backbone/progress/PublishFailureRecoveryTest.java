package io.backbone.progress;

import io.backbone.events.EventCodec;
import io.backbone.events.Topics;
import io.backbone.progress.support.SwitchablePublisher;
import io.backbone.testing.InjectCompanion;
import io.backbone.testing.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.backbone.progress.SessionLoggingTest.as;
import static io.backbone.progress.SessionLoggingTest.session;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox at work: while Kafka cannot be reached, writes are still accepted and kept with
 * their pending event; once it can, each event is published exactly once.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class PublishFailureRecoveryTest {

    @InjectCompanion
    KafkaCompanion companion;

    @AfterEach
    void recover() {
        SwitchablePublisher.fail(false);
    }

    private static double outboxFailures() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("backbone_outbox_failures_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void writesAcceptedWhilePublishingFailsArePublishedOnceAfterRecovery() {
        String member = "m-" + UUID.randomUUID().toString().substring(0, 8);
        var consumer = companion.consumeStrings().fromTopics(Topics.MEMBER_ACTIVITY);
        double failuresBefore = outboxFailures();
        SwitchablePublisher.fail(true);

        String first = as("gym-a").body(session("offline-1", Instant.now(), "glute-bridge"))
                .post("/members/" + member + "/sessions").then().statusCode(201).extract().path("id");
        String second = as("gym-a").body(session("offline-2", Instant.now(), "bird-dog"))
                .post("/members/" + member + "/sessions").then().statusCode(201).extract().path("id");

        // the relay tried and failed: the events are still pending in their documents
        await().atMost(Duration.ofSeconds(20)).until(() -> outboxFailures() > failuresBefore);
        assertThat(consumer.getRecords()).noneMatch(r -> member.equals(r.key()));
        as("gym-a").get("/members/" + member + "/sessions").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2));

        SwitchablePublisher.fail(false);
        String marker = as("gym-a").body(session("online-3", Instant.now(), "glute-bridge"))
                .post("/members/" + member + "/sessions").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.getRecords().stream()
                .filter(r -> member.equals(r.key())).count() >= 3);
        // one more event through the relay after recovery: nothing before it may come out a second time
        String probe = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        as("gym-a").body(session("p", Instant.now(), "glute-bridge")).post("/members/" + probe + "/sessions")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getRecords().stream().anyMatch(r -> probe.equals(r.key())));
        consumer.stop();
        assertThat(consumer.getRecords().stream().filter(r -> member.equals(r.key()))
                .map(r -> EventCodec.decode(r.value()).id())).containsExactlyInAnyOrder(first, second, marker);
    }
}
