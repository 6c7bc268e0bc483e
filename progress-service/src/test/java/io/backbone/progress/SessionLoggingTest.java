package io.backbone.progress;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.SessionCompleted;
import io.backbone.events.Topics;
import io.backbone.progress.support.Events;
import io.backbone.testing.InjectCompanion;
import io.backbone.testing.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class SessionLoggingTest {

    static final String GYM = "X-Backbone-Gym";

    @InjectCompanion
    KafkaCompanion companion;

    static String session(String clientSessionId, Instant performedAt, String... exerciseIds) {
        StringBuilder exercises = new StringBuilder();
        for (String id : exerciseIds) {
            exercises.append(exercises.length() == 0 ? "" : ",").append("""
                    {"exerciseId":"%s","done":true,"prescribedSets":2,"sets":2,"reps":10,"side":"both","load":"red band"}"""
                    .formatted(id));
        }
        return """
                {"clientSessionId":"%s","performedAt":"%s","exercises":[%s],"rpe":5,"painDuring":3,"notes":"felt fine"}"""
                .formatted(clientSessionId, performedAt, exercises);
    }

    static RequestSpecification as(String gym) {
        return given().header(GYM, gym).contentType(ContentType.JSON);
    }


    @Test
    void aSessionIsStoredAndPublishedOnceEvenWhenSubmittedTwice() {
        String member = "m-" + UUID.randomUUID().toString().substring(0, 8);
        var consumer = companion.consumeStrings().fromTopics(Topics.MEMBER_ACTIVITY);
        String body = session("phone-1", Instant.now().minus(1, ChronoUnit.HOURS), "glute-bridge", "bird-dog");

        String sessionId = as("gym-a").body(body).post("/members/" + member + "/sessions").then().statusCode(201)
                .body("clientSessionId", equalTo("phone-1")).body("exercises[0].load", equalTo("red band"))
                .body("checkedAgainstProgram", equalTo(false))
                .extract().path("id");
        as("gym-a").body(body).post("/members/" + member + "/sessions").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("id", equalTo(sessionId));
        // a different body under the same id still answers with the first result and stores nothing
        as("gym-a").body(session("phone-1", Instant.now(), "glute-bridge")).post("/members/" + member + "/sessions")
                .then().statusCode(200).body("id", equalTo(sessionId)).body("exercises.size()", equalTo(2));
        // a marker: once its event is out, the relay has passed everything before it
        String markerId = as("gym-a").body(session("phone-2", Instant.now(), "glute-bridge"))
                .post("/members/" + member + "/sessions").then().statusCode(201).extract().path("id");

        // the topic is shared (other members' events, other tests' poison records): only this member's count
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getRecords().stream().filter(r -> member.equals(r.key()))
                .anyMatch(r -> EventCodec.decode(r.value()).id().equals(markerId)));
        consumer.stop();
        List<CloudEvent> mine = consumer.getRecords().stream().filter(r -> member.equals(r.key()))
                .map(r -> EventCodec.decode(r.value())).toList();
        assertThat(mine).extracting(CloudEvent::id).containsExactlyInAnyOrder(sessionId, markerId);
        SessionCompleted payload = EventCodec.payload(mine.stream().filter(e -> e.id().equals(sessionId)).findFirst().orElseThrow(),
                SessionCompleted.class);
        assertThat(payload.gym()).isEqualTo("gym-a");
        assertThat(payload.exercises()).extracting(SessionCompleted.ExerciseResult::exerciseId).containsExactly("glute-bridge", "bird-dog");
        assertThat(payload.painDuring()).isEqualTo(3);

        as("gym-a").get("/members/" + member + "/sessions").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].id", equalTo(markerId)).body("items[1].id", equalTo(sessionId));
        as("gym-b").get("/members/" + member + "/sessions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void exercisesAreCheckedAgainstTheKnownProgramme() {
        String member = "m-" + UUID.randomUUID().toString().substring(0, 8);
        Events.enrolWithProgramme(companion, "gym-a", member, Instant.now().minus(3, ChronoUnit.DAYS), 3, "relief",
                List.of("glute-bridge", "bird-dog", "cat-camel"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("gym-a").get("/members/" + member + "/progress")
                .then().body("programId", equalTo("p-" + member)));

        as("gym-a").body(session("s-1", Instant.now(), "glute-bridge", "deadlift-from-nowhere", "bird-dog", "x-ray"))
                .post("/members/" + member + "/sessions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("exercises[1].exerciseId", "exercises[3].exerciseId")));
        as("gym-a").body(session("s-1", Instant.now(), "glute-bridge").replace("\"clientSessionId\"", "\"programId\":\"p-other\",\"clientSessionId\""))
                .post("/members/" + member + "/sessions").then().statusCode(400).body("errors[0].field", equalTo("programId"));
        as("gym-a").body(session("s-1", Instant.now(), "glute-bridge", "cat-camel"))
                .post("/members/" + member + "/sessions").then().statusCode(201)
                .body("programId", equalTo("p-" + member)).body("programRevision", equalTo(1))
                .body("checkedAgainstProgram", equalTo(true));

        // the programme moves on; an app still showing revision 1 may log it without saying so
        Events.send(companion, EventCodec.wrap("/program-service", member, "gym-a", new io.backbone.events.ProgramChanged(
                "p-" + member, member, "gym-a", 2, "active", 3, List.of("single-leg-glute-bridge", "bird-dog"),
                "Progressed", Instant.now(), "relief")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("gym-a").body(session("s-2", Instant.now(), "single-leg-glute-bridge"))
                .post("/members/" + member + "/sessions").then().statusCode(201).body("programRevision", equalTo(2)));
        as("gym-a").body(session("s-3", Instant.now(), "glute-bridge", "cat-camel"))
                .post("/members/" + member + "/sessions").then().statusCode(201).body("programRevision", equalTo(1));
        as("gym-a").body(session("s-4", Instant.now(), "glute-bridge").replace("\"clientSessionId\"", "\"programRevision\":2,\"clientSessionId\""))
                .post("/members/" + member + "/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("exercises[0].exerciseId"));
    }

    @Test
    void badSessionsAreProblemsNamingTheField() {
        String path = "/members/m-bad/sessions";
        String good = session("c-1", Instant.now(), "glute-bridge");
        as("gym-a").body(good.replace("\"rpe\":5", "\"rpe\":11")).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("rpe"));
        as("gym-a").body(good.replace("\"painDuring\":3,", "")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("painDuring"));
        as("gym-a").body(session("c-1", Instant.now().plus(1, ChronoUnit.DAYS), "glute-bridge")).post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("performedAt"));
        as("gym-a").body(session("c-1", Instant.now().minus(800, ChronoUnit.DAYS), "glute-bridge")).post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("performedAt"));
        as("gym-a").body(good.replace("\"exercises\":[", "\"exercises\":[]")).post(path).then().statusCode(400);
        as("gym-a").body(session("c-1", Instant.now())).post(path).then().statusCode(400).body("errors.field", hasItem("exercises"));
        as("gym-a").body(good.replace("\"side\":\"both\"", "\"side\":\"middle\"")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("exercises[0].side"));
        as("gym-a").body(good.replace("\"rpe\":5", "\"rpe\":\"hard\"")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("rpe"));
        as("gym-a").body(good.replace("\"rpe\":5", "\"rpe\":5,\"gym\":\"gym-b\"")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("gym"));
        as("gym-a").body(good.replace("\"clientSessionId\":\"c-1\"", "\"clientSessionId\":\"a b/c\"")).post(path).then()
                .statusCode(400).body("errors.field", hasItem("clientSessionId"));
        as("gym-a").body("{\"clientSessionId\":").post(path).then().statusCode(400).contentType("application/problem+json");
        as("gym-a").body("").post(path).then().statusCode(400).contentType("application/problem+json");
        as("gym-a").body(good.replace("\"rpe\":5", "\"rpe\":99999999999999999999")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("rpe"));
        given().contentType(ContentType.JSON).body(good).post(path).then().statusCode(403).contentType("application/problem+json");
        as("gym-a").get("/members/m-bad/sessions?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        as("gym-a").get("/members/m-bad/sessions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void timesTheServerKnowsDefaultToTheTimeOfReceiptAndAReplayAnswersTheFirst() {
        String member = "m-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now().minusSeconds(1);
        String reportedAt = as("gym-a").body("{\"clientReportId\":\"now-1\",\"rating\":3,\"context\":\"during-day\"}")
                .post("/members/" + member + "/pain-reports").then().statusCode(201).extract().path("reportedAt");
        assertThat(Instant.parse(reportedAt)).isBetween(before, Instant.now().plusSeconds(1));
        as("gym-a").body("{\"clientReportId\":\"now-1\",\"rating\":3,\"context\":\"during-day\"}")
                .post("/members/" + member + "/pain-reports").then().statusCode(200).body("reportedAt", equalTo(reportedAt));

        String completedAt = as("gym-a").body("{\"clientMeasureId\":\"q-1\",\"instrument\":\"ODI\",\"answers\":[1,1,1,1,1,1,1,1,1,1]}")
                .post("/members/" + member + "/outcome-measures").then().statusCode(201).extract().path("completedAt");
        assertThat(Instant.parse(completedAt)).isBetween(before, Instant.now().plusSeconds(1));
        as("gym-a").body("{\"clientMeasureId\":\"q-1\",\"instrument\":\"ODI\",\"answers\":[1,1,1,1,1,1,1,1,1,1]}")
                .post("/members/" + member + "/outcome-measures").then().statusCode(200).body("completedAt", equalTo(completedAt));
        // a session is often logged after the fact: when it happened stays the client's to say
        as("gym-a").body("{\"clientSessionId\":\"s-1\",\"exercises\":[{\"exerciseId\":\"glute-bridge\",\"done\":true}],\"painDuring\":2}")
                .post("/members/" + member + "/sessions").then().statusCode(400).body("errors.field", hasItem("performedAt"));
    }

    @Test
    void painReportsAndQuestionnairesAreScoredAndListed() {
        String member = "m-" + UUID.randomUUID().toString().substring(0, 8);
        var consumer = companion.consumeStrings().fromTopics(Topics.MEMBER_ACTIVITY, Topics.OUTCOME_RECORDED);
        String reportId = as("gym-a").body("""
                {"clientReportId":"morning-1","rating":6,"context":"morning","location":"lower back","reportedAt":"%s"}"""
                .formatted(Instant.now().minus(2, ChronoUnit.HOURS))).post("/members/" + member + "/pain-reports")
                .then().statusCode(201).body("rating", equalTo(6)).extract().path("id");
        as("gym-a").body("""
                {"clientReportId":"morning-1","rating":2,"context":"morning","reportedAt":"%s"}""".formatted(Instant.now()))
                .post("/members/" + member + "/pain-reports").then().statusCode(200).body("id", equalTo(reportId))
                .body("rating", equalTo(6));
        as("gym-a").body("""
                {"rating":6,"context":"at-night","reportedAt":"%s"}""".formatted(Instant.now()))
                .post("/members/" + member + "/pain-reports").then().statusCode(400).body("errors[0].field", equalTo("context"));

        as("gym-a").body("""
                {"instrument":"ODI","answers":[3,2,2,1,2,1,2,null,1,2],"completedAt":"%s"}""".formatted(Instant.now()))
                .post("/members/" + member + "/outcome-measures").then().statusCode(201)
                .body("score", equalTo(35.6f)).body("band", equalTo("moderate"));
        as("gym-a").body("""
                {"instrument":"RMDQ","answers":[true,false,false,true,false,true,false,false,true,false,false,false,
                 false,true,false,false,false,false,false,false,true,false,false,true],"completedAt":"%s"}"""
                .formatted(Instant.now())).post("/members/" + member + "/outcome-measures").then().statusCode(201)
                .body("score", equalTo(7.0f)).body("band", equalTo(null));
        as("gym-a").body("""
                {"instrument":"ODI","answers":[3,2,7,1,2,1,2,0,1,2],"completedAt":"%s"}""".formatted(Instant.now()))
                .post("/members/" + member + "/outcome-measures").then().statusCode(400)
                .body("errors[0].field", equalTo("answers[2]"));
        as("gym-a").body("""
                {"instrument":"SF36","answers":[],"completedAt":"%s"}""".formatted(Instant.now()))
                .post("/members/" + member + "/outcome-measures").then().statusCode(400)
                .body("errors[0].field", equalTo("instrument"));

        as("gym-a").get("/members/" + member + "/pain-reports").then().body("total", equalTo(1));
        as("gym-a").get("/members/" + member + "/outcome-measures").then().body("total", equalTo(2));

        as("gym-a").get("/members/" + member + "/outcome-measures").then().body("total", equalTo(2))
                .body("items.instrument", hasItem("RMDQ"));
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getRecords().stream()
                .filter(r -> member.equals(r.key())).count() == 3);
        consumer.stop();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("gym-a").get("/members/" + member + "/progress")
                .then().body("pain.baseline", equalTo(6)).body("outcomes.odiLatest", equalTo(35.6f))
                .body("outcomes.rmdqLatest", equalTo(7)));
    }
}
