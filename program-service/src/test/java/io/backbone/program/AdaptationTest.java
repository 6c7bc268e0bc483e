package io.backbone.program;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.PainReported;
import io.backbone.events.SessionCompleted;
import io.backbone.events.EventType;
import io.backbone.events.Topics;
import io.backbone.program.support.CatalogStub;
import io.backbone.testing.ConsumerGroups;
import io.backbone.testing.InjectCompanion;
import io.backbone.testing.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.backbone.program.support.Api.as;
import static io.backbone.program.support.Api.enrol;
import static io.backbone.program.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Adaptation driven by real session-completed and pain-reported events over Kafka. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
@QuarkusTestResource(CatalogStub.class)
class AdaptationTest {

    static final String GROUP = "program-service-adaptation";

    @InjectCompanion
    KafkaCompanion companion;

    private String memberWithProgramme() {
        String member = enrol("gym-a", "Pat");
        as("gym-a").body(intake(2, 30, "", "", "\"band\",\"kettlebell\",\"mat\"", 30, 3, "prevention"))
                .put("/members/" + member + "/intake").then().statusCode(200);
        as("gym-a").post("/members/" + member + "/program").then().statusCode(201);
        return member;
    }

    private List<String> mainExercises(String member) {
        return as("gym-a").get("/members/" + member + "/program").then().statusCode(200).extract().jsonPath()
                .getList("sessions[0].exercises.exerciseId");
    }

    private CloudEvent session(String member, List<String> exercises, Instant at, int painDuring) {
        String id = UUID.randomUUID().toString();
        return EventCodec.wrap(id, "/progress-service", member, "gym-a", Instant.now(), new SessionCompleted(id, null, member,
                "gym-a", null, null, at, exercises.stream().map(e -> new SessionCompleted.ExerciseResult(e, true, null, null,
                null, null, null, null)).toList(), 5, painDuring));
    }

    private CloudEvent pain(String member, int rating, Instant at) {
        String id = UUID.randomUUID().toString();
        return EventCodec.wrap(id, "/progress-service", member, "gym-a", Instant.now(),
                new PainReported(id, member, "gym-a", rating, "during-day", null, at));
    }

    private void send(CloudEvent... events) {
        companion.produceStrings().fromRecords(java.util.Arrays.stream(events).map(event -> new ProducerRecord<>(
                EventType.ofType(event.type()).orElseThrow().topic(), event.key(), EventCodec.encode(event))).toList())
                .awaitCompletion(Duration.ofSeconds(10));
    }

    private List<List<String>> changeKinds(String member) {
        return as("gym-a").get("/members/" + member + "/program/revisions").then().statusCode(200)
                .extract().jsonPath().getList("changes.kind");
    }

    private int revisions(String member) {
        return as("gym-a").get("/members/" + member + "/program/revisions").then().statusCode(200)
                .extract().jsonPath().getList("revision").size();
    }

    @Test
    void sessionsAtTargetProgressOnceAndRedeliveryChangesNothing() {
        String member = memberWithProgramme();
        List<String> exercises = mainExercises(member);
        Instant now = Instant.now();
        CloudEvent first = session(member, exercises, now.minus(50, ChronoUnit.HOURS), 2);
        CloudEvent second = session(member, exercises, now.minus(26, ChronoUnit.HOURS), 2);
        CloudEvent third = session(member, exercises, now.minus(2, ChronoUnit.HOURS), 3);
        send(first);
        send(second);
        send(third);

        await().atMost(Duration.ofSeconds(30)).until(() -> revisions(member) == 2);
        as("gym-a").get("/members/" + member + "/program/revisions").then()
                .body("[1].cause", equalTo("adaptation")).body("[1].changes.kind", hasItem("progress"))
                .body("[0].causedBy", org.hamcrest.Matchers.nullValue())
                .body("[1].causedBy.kind", equalTo("session")).body("[1].causedBy.id", equalTo(third.id()));

        send(third);  // a redelivery
        send(first);  // an old event again, out of order
        ConsumerGroups.awaitConsumed(GROUP, Topics.MEMBER_ACTIVITY);
        assertThat(revisions(member)).isEqualTo(2);
        // three sessions taken into account, each once
        as("gym-a").get("/members/" + member + "/program").then()
                .body("adaptedFrom.sessions", equalTo(3)).body("adaptedFrom.painReports", equalTo(0));
    }

    @Test
    void aMembersEventsApplyInTheOrderTheyArriveEvenWhenTheyArriveTogether() {
        String forward = memberWithProgramme();
        String reversed = memberWithProgramme();
        List<String> exercises = mainExercises(forward);
        assertThat(mainExercises(reversed)).isEqualTo(exercises);
        Instant now = Instant.now();
        // three sessions at target progress the programme, then a pain report of 8 steps it back
        List<Instant> times = List.of(now.minus(50, ChronoUnit.HOURS), now.minus(26, ChronoUnit.HOURS), now.minus(2, ChronoUnit.HOURS));
        send(session(forward, exercises, times.get(0), 2), session(forward, exercises, times.get(1), 2),
                session(forward, exercises, times.get(2), 2), pain(forward, 8, now.minus(1, ChronoUnit.HOURS)));
        // the same events delivered the other way round: the flare comes first, and after a flare nothing progresses
        send(pain(reversed, 8, now.minus(1, ChronoUnit.HOURS)), session(reversed, exercises, times.get(2), 2),
                session(reversed, exercises, times.get(1), 2), session(reversed, exercises, times.get(0), 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> revisions(forward) == 3 && revisions(reversed) >= 2);
        ConsumerGroups.awaitConsumed(GROUP, Topics.MEMBER_ACTIVITY);
        List<List<String>> forwardKinds = changeKinds(forward);
        assertThat(forwardKinds.get(1)).contains("progress").doesNotContain("regress");
        assertThat(forwardKinds.get(2)).contains("regress");
        List<List<String>> reversedKinds = changeKinds(reversed);
        assertThat(reversedKinds).hasSize(2);
        assertThat(reversedKinds.get(1)).contains("regress");
        assertThat(reversedKinds.stream().flatMap(List::stream)).doesNotContain("progress");
        for (String member : List.of(forward, reversed)) {
            as("gym-a").get("/members/" + member + "/program").then()
                    .body("adaptedFrom.sessions", equalTo(3)).body("adaptedFrom.painReports", equalTo(1));
        }
    }

    @Test
    void aFlareStepsBackAndNothingProgressesThatWeek() {
        String member = memberWithProgramme();
        List<String> exercises = mainExercises(member);
        Instant now = Instant.now();
        send(session(member, exercises, now.minus(3, ChronoUnit.HOURS), 8));
        await().atMost(Duration.ofSeconds(30)).until(() -> revisions(member) == 2);
        as("gym-a").get("/members/" + member + "/program/revisions").then()
                .body("[1].changes.kind", hasItem("regress")).body("[1].changes.kind", org.hamcrest.Matchers.not(hasItem("progress")));

        for (int i = 0; i < 3; i++) {
            send(session(member, mainExercises(member), now.minus(2 - i, ChronoUnit.HOURS), 1));
        }
        ConsumerGroups.awaitConsumed(GROUP, Topics.MEMBER_ACTIVITY);
        as("gym-a").get("/members/" + member + "/program/revisions").then()
                .body("changes.flatten().kind", org.hamcrest.Matchers.not(hasItem("progress")));
    }

    @Test
    void aHighPainReportIsAFlareAndAPoisonEventGoesToTheDeadLetterTopic() {
        String member = memberWithProgramme();
        var dlq = companion.consumeStrings().fromTopics("backbone.program-adaptation.dlq");
        companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.MEMBER_ACTIVITY, member, "{\"garbage\":"))
                .awaitCompletion(Duration.ofSeconds(10));
        String id = UUID.randomUUID().toString();
        send(EventCodec.wrap(id, "/progress-service", member, "gym-a", Instant.now(),
                new PainReported(id, member, "gym-a", 8, "during-day", null, Instant.now().minus(1, ChronoUnit.HOURS))));

        dlq.awaitRecords(1, Duration.ofSeconds(30));
        dlq.stop();
        assertThat(dlq.getRecords()).anyMatch(r -> r.value().contains("garbage"));
        await().atMost(Duration.ofSeconds(30)).until(() -> revisions(member) == 2);
        as("gym-a").get("/members/" + member + "/program").then().body("adaptedFrom.painReports", equalTo(1));
    }
}
