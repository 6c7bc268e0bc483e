package io.backbone.program;

import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.MemberEnrolled;
import io.backbone.events.ProgramChanged;
import io.backbone.events.Topics;
import io.backbone.program.support.CatalogStub;
import io.backbone.testing.InjectCompanion;
import io.backbone.testing.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.backbone.program.support.Api.as;
import static io.backbone.program.support.Api.enrol;
import static io.backbone.program.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
@QuarkusTestResource(CatalogStub.class)
class ProgramApiTest {

    @InjectCompanion
    KafkaCompanion companion;

    private List<CloudEvent> eventsFor(String topic, String member, int count) {
        var consumer = companion.consumeStrings().fromTopics(topic);
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getRecords().stream().filter(r -> member.equals(r.key())).count() >= count);
        consumer.stop();
        return consumer.getRecords().stream().filter(r -> member.equals(r.key())).map(r -> EventCodec.decode(r.value())).toList();
    }

    @Test
    void membersAreEnrolledAndSeenOnlyInsideTheirGym() {
        String member = enrol("gym-a", "Alex P.");
        as("gym-a").get("/members/" + member).then().statusCode(200).body("displayName", equalTo("Alex P."))
                .body("gym", equalTo("gym-a"));
        as("gym-b").get("/members/" + member).then().statusCode(404).contentType("application/problem+json");
        as("gym-a").get("/members?size=100").then().statusCode(200).body("items.id", hasItem(member));
        as("gym-b").get("/members?size=100").then().body("items.id", org.hamcrest.Matchers.not(hasItem(member)));
        as("gym-a").body("{\"displayName\":\"\"}").post("/members").then().statusCode(400).body("errors[0].field", equalTo("displayName"));
        as("gym-a").body("{\"displayName\":\"Kim\",\"gym\":\"gym-b\"}").post("/members").then().statusCode(400)
                .body("errors[0].field", equalTo("gym"));

        MemberEnrolled enrolled = EventCodec.payload(eventsFor(Topics.MEMBER_ENROLLED, member, 1).get(0), MemberEnrolled.class);
        assertThat(enrolled.gym()).isEqualTo("gym-a");
        assertThat(EventCodec.encode(eventsFor(Topics.MEMBER_ENROLLED, member, 1).get(0))).doesNotContain("Alex");
    }

    @Test
    void aProgrammeFollowsTheIntakeExplainsItselfAndIsPublished() {
        String member = enrol("gym-a", "Sam");
        as("gym-a").body(intake(4, 20, "", "\"cannot-kneel\"", "\"band\"", 20, 3, "relief"))
                .put("/members/" + member + "/intake").then().statusCode(200).body("screening.referred", equalTo(false));

        JsonPath program = as("gym-a").post("/members/" + member + "/program").then().statusCode(201)
                .body("status", equalTo("active")).body("revision", equalTo(1)).body("id", startsWith("p-"))
                .body("sessions.kind", hasItems("main"))
                .extract().jsonPath();
        List<String> mainIds = program.getList("sessions[0].exercises.exerciseId");
        assertThat(mainIds).isNotEmpty().doesNotContain("kneeling-hip-flexor-stretch-pillow", "half-kneeling-hip-flexor-stretch");
        assertThat(program.getList("sessions[0].exercises.reason", String.class)).allMatch(r -> r != null && r.length() > 20);
        assertThat(program.getInt("sessions[0].minutes")).isLessThanOrEqualTo(20);
        assertThat(program.getList("sessions.kind", String.class)).hasSize(3);

        // the same intake and catalog give the same programme
        as("gym-a").post("/members/" + member + "/program").then().statusCode(201).body("revision", equalTo(2))
                .body("sessions[0].exercises.exerciseId", equalTo(mainIds));
        as("gym-a").get("/members/" + member + "/program/revisions").then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2))).body("[0].reason", startsWith("Your first programme"));

        List<CloudEvent> events = eventsFor(Topics.PROGRAM_CHANGED, member, 2);
        ProgramChanged first = EventCodec.payload(events.get(0), ProgramChanged.class);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.status()).isEqualTo("active");
        assertThat(first.sessionsPerWeek()).isEqualTo(3);
        assertThat(first.track()).isEqualTo("relief");
        assertThat(first.exerciseIds()).isEqualTo(mainIds);
        as("gym-b").get("/members/" + member + "/program").then().statusCode(404);
    }

    @Test
    void aRedFlagRefersInsteadOfProgramming() {
        String member = enrol("gym-a", "Robin");
        as("gym-a").body(intake(7, 2, "\"saddle-numbness\",\"fever\"", "", "", 20, 3, "relief"))
                .put("/members/" + member + "/intake").then().statusCode(200)
                .body("screening.referred", equalTo(true)).body("screening.urgent", equalTo(true))
                .body("screening.redFlags.code", equalTo(List.of("saddle-numbness", "fever")));
        as("gym-a").post("/members/" + member + "/program").then().statusCode(200)
                .body("status", equalTo("referred")).body("sessions.size()", equalTo(0))
                .body("referral.redFlags.code", hasItems("saddle-numbness", "fever"))
                .body("referral.advice", org.hamcrest.Matchers.containsString("emergency"));
        as("gym-a").get("/members/" + member + "/program").then().statusCode(200).body("status", equalTo("referred"));
        ProgramChanged referred = EventCodec.payload(eventsFor(Topics.PROGRAM_CHANGED, member, 1).get(0), ProgramChanged.class);
        assertThat(referred.status()).isEqualTo(ProgramChanged.REFERRED);
        assertThat(referred.sessionsPerWeek()).isZero();
    }

    @Test
    void badIntakesAreProblemsNamingTheField() {
        String member = enrol("gym-a", "Jo");
        String path = "/members/" + member + "/intake";
        as("gym-a").body(intake(11, 2, "", "", "", 20, 3, "relief")).put(path).then().statusCode(400)
                .body("errors.field", hasItem("painNow"));
        as("gym-a").body(intake(3, 2, "\"third-eye\"", "\"cannot-fly\"", "\"jetpack\"", 20, 3, "yoga")).put(path).then()
                .statusCode(400).body("errors.field", hasItems("redFlags[0]", "limitations[0]", "equipment[0]", "goal"));
        as("gym-a").body(intake(3, 2, "", "", "", 2, 9, "relief")).put(path).then().statusCode(400)
                .body("errors.field", hasItems("minutesPerSession", "sessionsPerWeek"));
        as("gym-a").body("{\"painNow\":\"lots\"}").put(path).then().statusCode(400).body("errors[0].field", equalTo("painNow"));
        as("gym-a").body("[]").put(path).then().statusCode(400).contentType("application/problem+json");
        as("gym-a").post("/members/" + member + "/program").then().statusCode(409);
        as("gym-a").body(intake(3, 2, "", "", "", 20, 3, "relief")).put("/members/m-nobody/intake").then().statusCode(404);
    }

    @Test
    void coachOverridesArePinnedSwappedAndExplained() {
        String member = enrol("gym-a", "Lee");
        as("gym-a").body(intake(3, 30, "", "", "\"band\",\"kettlebell\",\"mat\"", 30, 3, "prevention"))
                .put("/members/" + member + "/intake").then().statusCode(200);
        List<String> ids = as("gym-a").post("/members/" + member + "/program").then().statusCode(201)
                .extract().jsonPath().getList("sessions[0].exercises.exerciseId");
        String first = ids.get(0);
        as("gym-a").body("{\"action\":\"pin\",\"exerciseId\":\"" + first + "\",\"reason\":\"Keep this while we work on form\"}")
                .post("/members/" + member + "/program/overrides").then().statusCode(200)
                .body("revision", equalTo(2)).body("sessions[0].exercises.find { it.exerciseId == '" + first + "' }.pinned", equalTo(true));
        as("gym-a").body("{\"action\":\"swap\",\"exerciseId\":\"no-such-exercise\",\"replacementId\":\"bird-dog\",\"reason\":\"x\"}")
                .post("/members/" + member + "/program/overrides").then().statusCode(400);
        as("gym-a").body("{\"action\":\"juggle\",\"exerciseId\":\"" + first + "\",\"reason\":\"x\"}")
                .post("/members/" + member + "/program/overrides").then().statusCode(400).body("errors[0].field", equalTo("action"));
        as("gym-a").get("/members/" + member + "/program/revisions").then()
                .body("[1].cause", equalTo("coach")).body("[1].reason", org.hamcrest.Matchers.notNullValue());
    }

    @jakarta.inject.Inject
    com.mongodb.client.MongoClient mongo;

    @Test
    void aLongHistoryKeepsEveryRevisionInOrderWhileTheProgrammeDocumentStaysSmall() {
        String member = enrol("gym-a", "Kim");
        as("gym-a").body(intake(3, 30, "", "", "\"band\",\"kettlebell\",\"mat\"", 30, 3, "prevention"))
                .put("/members/" + member + "/intake").then().statusCode(200);
        String first = as("gym-a").post("/members/" + member + "/program").then().statusCode(201)
                .extract().jsonPath().getString("sessions[0].exercises[0].exerciseId");
        // 40 coach changes: far more than the programme document holds, so most revisions are archived
        for (int i = 0; i < 40; i++) {
            String action = i % 2 == 0 ? "pin" : "unpin";
            as("gym-a").body("{\"action\":\"" + action + "\",\"exerciseId\":\"" + first + "\",\"reason\":\"change " + i + "\"}")
                    .post("/members/" + member + "/program/overrides").then().statusCode(200).body("revision", equalTo(i + 2));
        }
        List<Integer> numbers = as("gym-a").get("/members/" + member + "/program/revisions").then().statusCode(200)
                .extract().jsonPath().getList("revision");
        assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 41).boxed().toList());
        as("gym-a").get("/members/" + member + "/program/revisions").then()
                .body("[0].cause", equalTo("generated")).body("[40].reason", endsWith(": change 39"))
                .body("[17].reason", endsWith(": change 16"));
        as("gym-a").get("/members/" + member + "/program").then().statusCode(200)
                .body("revision", equalTo(41)).body("reason", endsWith(": change 39"));
        org.bson.Document stored = mongo.getDatabase("backbone-program").getCollection("programs")
                .find(new org.bson.Document("_id", "gym-a/" + member)).first();
        assertThat(stored.getList("recentRevisions", org.bson.Document.class)).hasSizeLessThanOrEqualTo(17);
    }
}
