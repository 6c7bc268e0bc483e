package io.backbone.progress;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.PainReported;
import io.backbone.events.SessionCompleted;
import io.backbone.events.Topics;
import io.backbone.progress.support.Events;
import io.backbone.testing.ConsumerGroups;
import io.backbone.testing.InjectCompanion;
import io.backbone.testing.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.backbone.progress.SessionLoggingTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Rollups fed by real Kafka events, and the cohort figures and export built on them. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class AnalyticsTest {

    @InjectCompanion
    KafkaCompanion companion;

    /** A gym whose members train 3 times a week (even ones) or once (odd ones); even ones improve 6 → 2. */
    private List<CloudEvent> seedGym(String gym, int members) {
        Instant start = Instant.now().minus(35, ChronoUnit.DAYS);
        List<CloudEvent> activity = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String member = "member-" + i;
            Events.enrolWithProgramme(companion, gym, member, start, 3, "relief", List.of("glute-bridge"));
            for (int day = 1; day < 35; day += (i % 2 == 0 ? 2 : 7)) {
                String id = gym + "-" + member + "-s" + day;
                activity.add(EventCodec.wrap(id, "/test", member, gym, Instant.now(), new SessionCompleted(id, null, member,
                        gym, "p-" + member, 1, start.plus(day, ChronoUnit.DAYS),
                        List.of(new SessionCompleted.ExerciseResult("glute-bridge", true, 2, 2, 10, null, null, null)), 5, 2)));
            }
            activity.add(EventCodec.wrap(gym + member + "p0", "/test", member, gym, Instant.now(),
                    new PainReported(gym + member + "p0", member, gym, 6, "morning", null, start)));
            activity.add(EventCodec.wrap(gym + member + "p1", "/test", member, gym, Instant.now(),
                    new PainReported(gym + member + "p1", member, gym, i % 2 == 0 ? 2 : 5, "morning", null,
                            Instant.now().minus(1, ChronoUnit.DAYS))));
        }
        Events.sendAll(companion, activity);
        return activity;
    }

    private static String gym() {
        return "gym-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void cohortFiguresFromEventsAndReplayLeavesThemUnchanged() {
        String gym = gym();
        List<CloudEvent> activity = seedGym(gym, 22);
        ConsumerGroups.awaitConsumed("progress-service-rollups", Topics.MEMBER_ACTIVITY,
                Topics.PROGRAM_CHANGED, Topics.MEMBER_ENROLLED);

        as(gym).get("/analytics/outcomes").then().statusCode(200).body("members", equalTo(22))
                .body("withPainChange", equalTo(22));
        Map<String, Object> adherence = as(gym).get("/analytics/adherence").then().statusCode(200)
                .body("suppressed", equalTo(false)).body("members", equalTo(22))
                .body("meetingTargetRate", equalTo(0.5f))
                .extract().jsonPath().getMap("$");
        Map<String, Object> outcomes = as(gym).get("/analytics/outcomes").then()
                .body("painResponderRate", equalTo(0.5f))
                .body("painChangeDistribution.members", equalTo(Arrays.asList(11, 0, 11, 0, 0)))
                .extract().jsonPath().getMap("$");

        Events.sendAll(companion, activity);          // a full replay
        ConsumerGroups.awaitConsumed("progress-service-rollups", Topics.MEMBER_ACTIVITY);

        assertThat(as(gym).get("/analytics/adherence").then().extract().jsonPath().getMap("$")).isEqualTo(adherence);
        assertThat(as(gym).get("/analytics/outcomes").then().extract().jsonPath().getMap("$")).isEqualTo(outcomes);

        // one more member outside the relief track: "relief" alone would now reveal that one by subtraction
        Events.enrolWithProgramme(companion, gym, "newcomer", Instant.now().minus(1, ChronoUnit.DAYS), 3, "prevention", List.of("x"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(gym).get("/analytics/adherence").then()
                .body("members", equalTo(23)));
        as(gym).get("/analytics/adherence?program=relief").then().body("suppressed", equalTo(true)).body("members", equalTo(null));
        as(gym).get("/analytics/adherence?program=prevention").then().body("suppressed", equalTo(true));
    }

    @Test
    void aSmallGymGetsNoFiguresAndAnEmptyExport() {
        String gym = gym();
        seedGym(gym, 6);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(gym).get("/members/member-5/progress").then()
                .body("pain.latest", equalTo(5)));
        as(gym).get("/analytics/adherence").then().statusCode(200).body("suppressed", equalTo(true))
                .body("members", equalTo(null)).body("adherence", equalTo(null)).body("weeks.size()", equalTo(0));
        as(gym).get("/analytics/outcomes").then().body("suppressed", equalTo(true)).body("painResponderRate", equalTo(null));
        String csv = as(gym).get("/analytics/export?format=csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).containsExactly("member,track,enrolment_month,week,program_week,prescribed_sessions,"
                + "completed_sessions,adherence,pain_mean,pain_reports,pain_during_mean,rpe_mean,odi,rmdq");
    }

    @Test
    void exportIsPseudonymisedOneRowPerMemberWeek() {
        String gym = gym();
        seedGym(gym, 12);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(gym).get("/members/member-11/progress").then()
                .body("pain.latest", equalTo(5)));

        String csv = as(gym).get("/analytics/export").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")).extract().asString();
        List<String> rows = csv.lines().skip(1).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12 * 5);
        assertThat(csv).doesNotContain("member-");
        assertThat(rows.stream().map(r -> r.split(",")[0]).distinct()).hasSize(12).allMatch(p -> p.matches("[0-9a-f]{32}"));
        assertThat(rows).allMatch(r -> r.split(",", -1).length == 14);

        String ndjson = as(gym).get("/analytics/export?format=ndjson").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        assertThat(ndjson.lines()).hasSize(rows.size()).allMatch(l -> l.startsWith("{\"member\":\""));
        as(gym).get("/analytics/export/dictionary").then().statusCode(200).body("name", hasItem("pain_mean"));
    }

    @Test
    void badAnalyticsQueriesAreProblemsNamingTheParameter() {
        as("gym-a").get("/analytics/adherence?program=yoga").then().statusCode(400).body("errors[0].field", equalTo("program"));
        as("gym-a").get("/analytics/adherence?enrolmentMonth=2026-13").then().statusCode(400)
                .body("errors[0].field", equalTo("enrolmentMonth"));
        as("gym-a").get("/analytics/outcomes?from=2026-10-01&to=2026-09-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("gym-a").get("/analytics/export?format=xml").then().statusCode(400).body("errors[0].field", equalTo("format"));
        io.restassured.RestAssured.given().get("/analytics/export").then().statusCode(403);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheRollupsKeepGoing() {
        String gym = gym();
        var dlq = companion.consumeStrings().fromTopics("backbone.progress-rollups.dlq");
        Events.send(companion, Topics.MEMBER_ACTIVITY, "member-x", "{\"not\":\"an event\"");
        Events.send(companion, Topics.MEMBER_ACTIVITY, "member-x", EventCodec.encode(EventCodec.wrap("/test", "member-x", gym,
                new PainReported("r-x", "member-x", gym, 4, "during-day", null, Instant.now()))));
        dlq.awaitRecords(1, Duration.ofSeconds(30));
        dlq.stop();
        assertThat(dlq.getRecords()).anyMatch(r -> r.value().contains("not"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(gym).get("/members/member-x/progress").then()
                .body("pain.latest", equalTo(4)));
    }

    @Test
    void aParkedRecordIsListedWithItsReasonAndAppliedOnceWhenReplayedCorrected() {
        String gym = gym();
        String member = "member-dlq-" + UUID.randomUUID().toString().substring(0, 6);
        Events.enrolWithProgramme(companion, gym, member, Instant.now().minus(14, ChronoUnit.DAYS), 3, "relief",
                List.of("glute-bridge"));
        var dlq = companion.consumeStrings().fromTopics("backbone.progress-rollups.dlq");
        Events.send(companion, Topics.MEMBER_ACTIVITY, member, "{\"broken\": " + member);
        await().atMost(Duration.ofSeconds(30)).until(() -> dlq.getRecords().stream().anyMatch(r -> member.equals(r.key())));
        dlq.stop();

        var parked = io.restassured.RestAssured.given().get("/admin/dead-letters").then().statusCode(200).extract().jsonPath();
        int index = parked.<String>getList("key").indexOf(member);
        assertThat(index).as("the parked record is listed").isNotNegative();
        assertThat(parked.getString("[" + index + "].reason")).isNotBlank();
        assertThat(parked.getString("[" + index + "].originTopic")).isEqualTo(Topics.MEMBER_ACTIVITY);
        String id = parked.getString("[" + index + "].id");

        // the fix, in this test: the record corrected by hand; replayed twice, applied once
        String corrected = EventCodec.encode(EventCodec.wrap("fixed-" + member, "/test", member, gym, Instant.now(),
                new PainReported("r-" + member, member, gym, 5, "during-day", null, Instant.now())));
        for (int i = 0; i < 2; i++) {
            io.restassured.RestAssured.given().contentType("application/json")
                    .body(java.util.Map.of("value", corrected)).post("/admin/dead-letters/" + id + "/replay")
                    .then().statusCode(202);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(gym).get("/members/" + member + "/progress").then()
                .body("pain.latest", equalTo(5)));
        ConsumerGroups.awaitConsumed("progress-service-rollups", Topics.MEMBER_ACTIVITY);
        as(gym).get("/members/" + member + "/progress").then().body("weeks.painReports.sum()", equalTo(1))
                .body("pain.baseline", equalTo(5));
        io.restassured.RestAssured.given().contentType("application/json").body("{}")
                .post("/admin/dead-letters/backbone.progress-rollups.dlq-0-999999/replay").then().statusCode(404);
    }
}
