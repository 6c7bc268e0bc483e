package io.backbone.catalog;

import io.backbone.catalog.domain.Library;
import io.backbone.catalog.service.LibraryLoader;
import io.backbone.events.CloudEvent;
import io.backbone.events.EventCodec;
import io.backbone.events.ExerciseChanged;
import io.backbone.events.Topics;
import io.backbone.testing.InjectCompanion;
import io.backbone.testing.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class ExerciseResourceTest {

    static final String GYM = "X-Backbone-Gym";

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @InjectCompanion
    KafkaCompanion companion;
    @Inject
    LibraryLoader loader;
    @Inject
    io.backbone.catalog.repository.ExerciseRepository repository;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Test
    void searchFindsByTextInNameAliasesAndCues() {
        given().queryParam("q", "90:90").when().get("/exercises")
                .then().statusCode(200).body("items.id", hasItem("hip-90-90"));
        given().queryParam("q", "SQUEEZE").when().get("/exercises")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void searchFiltersAndPagesWithATotal() {
        given().queryParam("region", "thoracic-mobility").queryParam("maxDifficulty", 1).when().get("/exercises")
                .then().statusCode(200)
                .body("items.difficulty", everyItem(equalTo(1)))
                .body("items.regions", everyItem(hasItem("thoracic-mobility")));
        int total = given().queryParam("size", 5).when().get("/exercises")
                .then().statusCode(200).body("items", hasSize(5)).body("size", equalTo(5))
                .extract().path("total");
        assertThat(total).isGreaterThanOrEqualTo(30);
        List<String> page0 = given().queryParam("size", 5).queryParam("page", 0).get("/exercises").path("items.id");
        List<String> page1 = given().queryParam("size", 5).queryParam("page", 1).get("/exercises").path("items.id");
        assertThat(page0).doesNotContainAnyElementsOf(page1);
    }

    @Test
    void equipmentMatchesOnlyWhenEverythingNeededIsAvailable() {
        List<List<String>> needs = given().queryParam("equipment", "none").queryParam("size", 100).get("/exercises")
                .then().statusCode(200).extract().path("items.equipment");
        assertThat(needs).isNotEmpty().allSatisfy(n -> assertThat(n).isEmpty());
        List<List<String>> withBand = given().queryParam("equipment", "band,squat-rack").queryParam("size", 100)
                .get("/exercises").then().statusCode(200).extract().path("items.equipment");
        assertThat(withBand).allSatisfy(n -> assertThat(List.of("band", "squat-rack")).containsAll(n));
        assertThat(withBand).anySatisfy(n -> assertThat(n).contains("band", "squat-rack"));
    }

    @Test
    void excludingKneelingAndFloorLeavesStandingWork() {
        given().queryParam("excludeKneeling", true).queryParam("excludeFloor", true).queryParam("size", 100)
                .get("/exercises").then().statusCode(200)
                .body("items.flags", everyItem(not(hasItem("requires-kneeling"))))
                .body("items.flags", everyItem(not(hasItem("requires-floor"))))
                .body("items.id", hasItem("standing-hip-flexor-stretch"))
                .body("items.id", not(hasItem("kneeling-hip-flexor-stretch-pillow")));
    }

    @Test
    void sortsByDifficulty() {
        List<Integer> difficulties = given().queryParam("sort", "-difficulty").queryParam("size", 100)
                .get("/exercises").path("items.difficulty");
        assertThat(difficulties).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void badSearchParametersAreProblemsNamingTheParameter() {
        given().queryParam("size", 101).get("/exercises").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("position", "upside-down").get("/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("position")).body("detail", containsString("half-kneeling"));
        given().queryParam("equipment", "treadmill").get("/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("equipment"));
        given().queryParam("difficulty", "hard").get("/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("difficulty"));
        given().queryParam("sort", "popularity").get("/exercises").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void getResolvesTheLadderInOrder() {
        given().get("/exercises/band-resisted-hip-hinge").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", notNullValue())
                .body("cues.size()", greaterThanOrEqualTo(3))
                .body("mistakes[0].why", notNullValue())
                .body("dosage.sets", notNullValue())
                .body("regressions[0].id", equalTo("dowel-hip-hinge"))
                .body("regressions.id", contains("dowel-hip-hinge", "hip-hinge", "wall-hip-hinge"))
                .body("progressions[0].id", equalTo("kettlebell-deadlift"));
    }

    @Test
    void conditionalGetAnswersNotModified() {
        String etag = given().get("/exercises/glute-bridge").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/exercises/glute-bridge").then().statusCode(304);
    }

    @Test
    void unknownExerciseIsANotFoundProblem() {
        given().get("/exercises/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/exercises/gym-a%2Fsecret").then().statusCode(404);
    }

    @Test
    void gymExerciseIsVisibleOnlyToItsGymAndPublishesAnEvent() {
        String id = "wall-sit-" + UUID.randomUUID().toString().substring(0, 8);
        var consumer = companion.consumeStrings().fromTopics(Topics.EXERCISE_CHANGED);
        given().header(GYM, "gym-a").contentType(ContentType.JSON).body(gymExercise(id, "glute-bridge", null))
                .post("/exercises").then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).body("gym", equalTo("gym-a")).body("version", equalTo(1))
                .body("regressions[0].id", equalTo("glute-bridge"));

        given().header(GYM, "gym-a").get("/exercises/" + id).then().statusCode(200);
        given().header(GYM, "gym-b").get("/exercises/" + id).then().statusCode(404);
        given().get("/exercises/" + id).then().statusCode(404);
        given().header(GYM, "gym-a").queryParam("q", id).get("/exercises").then().body("total", equalTo(1));
        given().header(GYM, "gym-b").queryParam("q", id).get("/exercises").then().body("total", equalTo(0));

        ConsumerRecord<String, String> record = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> consumer.getRecords().stream().filter(r -> id.equals(r.key())).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        consumer.stop();
        CloudEvent event = EventCodec.decode(record.value());
        assertThat(event.gym()).isEqualTo("gym-a");
        ExerciseChanged changed = EventCodec.payload(event, ExerciseChanged.class);
        assertThat(changed.change()).isEqualTo(ExerciseChanged.CREATED);
        assertThat(changed.version()).isEqualTo(1);
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String id = "step-up-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(GYM, "gym-a").contentType(ContentType.JSON).body(gymExercise(id, null, null))
                .post("/exercises").then().statusCode(201);
        given().header(GYM, "gym-a").contentType(ContentType.JSON).body(gymExercise(id, null, null))
                .put("/exercises/" + id).then().statusCode(428).contentType("application/problem+json");
        given().header(GYM, "gym-a").header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(gymExercise(id, "glute-bridge", null)).put("/exercises/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("version", equalTo(2));
        given().header(GYM, "gym-a").header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(gymExercise(id, null, null)).put("/exercises/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header(GYM, "gym-b").header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(gymExercise(id, null, null)).put("/exercises/" + id).then().statusCode(404);
        given().header(GYM, "gym-a").header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(gymExercise("glute-bridge", null, null)).put("/exercises/glute-bridge").then().statusCode(403);
    }

    @Test
    void badExercisesAreProblemsNamingTheField() {
        given().header(GYM, "gym-a").contentType(ContentType.JSON)
                .body(gymExercise("bad-link", "no-such-exercise", null)).post("/exercises")
                .then().statusCode(400).body("errors[0].field", equalTo("regression"));
        given().header(GYM, "gym-a").contentType(ContentType.JSON)
                .body(gymExercise("bad-position", null, null).replace("\"standing\"", "\"upside-down\"")).post("/exercises")
                .then().statusCode(400).body("errors[0].field", equalTo("position"));
        given().header(GYM, "gym-a").contentType(ContentType.JSON)
                .body(gymExercise("bad-sets", null, null).replace("\"sets\": 2", "\"sets\": 99")).post("/exercises")
                .then().statusCode(400).body("errors.field", hasItem("dosage.sets"));
        given().header(GYM, "gym-a").contentType(ContentType.JSON)
                .body(gymExercise("global-clash", null, null).replace("global-clash", "glute-bridge")).post("/exercises")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(gymExercise("no-gym", null, null)).post("/exercises")
                .then().statusCode(403);
        given().header(GYM, "gym-a").contentType(ContentType.JSON)
                .body(gymExercise("both-doses", null, null).replace("\"reps\": 10", "\"reps\": 10, \"holdSeconds\": 20"))
                .post("/exercises").then().statusCode(400).body("errors.field", hasItem("dosage.reps"));
    }

    @Test
    void aListSentAsNullIsAnEmptyListNotAFailure() {
        given().header(GYM, "gym-a").contentType(ContentType.JSON)
                .body(gymExercise("null-lists", null, null).replace("\"aliases\": [\"house move\"]", "\"aliases\": null")
                        .replace("\"alternatives\": []", "\"alternatives\": null").replace("\"flags\": []", "\"flags\": null"))
                .post("/exercises").then().statusCode(201).body("aliases", hasSize(0)).body("alternatives", hasSize(0));
    }

    @Test
    void aLadderLinkThatLoopsIsRejected() {
        String a = "loop-a-" + UUID.randomUUID().toString().substring(0, 6);
        String b = "loop-b-" + UUID.randomUUID().toString().substring(0, 6);
        given().header(GYM, "gym-c").contentType(ContentType.JSON).body(gymExercise(a, null, null))
                .post("/exercises").then().statusCode(201);
        given().header(GYM, "gym-c").contentType(ContentType.JSON).body(gymExercise(b, a, null))
                .post("/exercises").then().statusCode(201);
        given().header(GYM, "gym-c").header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(gymExercise(a, b, null)).put("/exercises/" + a)
                .then().statusCode(400).body("errors[0].field", equalTo("regression"))
                .body("errors[0].message", containsString("loop"));
    }

    @Test
    void malformedJsonUnknownRouteAndWrongContentTypeAreProblems() {
        given().header(GYM, "gym-a").contentType(ContentType.JSON).body("{\"id\": ").post("/exercises")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().get("/no/such/route").then().statusCode(404).contentType("application/problem+json");
        given().header(GYM, "gym-a").contentType(ContentType.TEXT).body("hello").post("/exercises")
                .then().statusCode(415).contentType("application/problem+json");
        given().header(GYM, "gym-a").contentType(ContentType.JSON).body("{\"id\": \"x\", \"colour\": \"red\"}")
                .post("/exercises").then().statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void reloadingTheSameLibraryChangesNothingAndANewerOneUpdatesOnlyTheLibrary() {
        Library shipped = loader.read("library/exercises.json");
        assertThat(loader.load(shipped).inserted()).isZero();
        assertThat(loader.load(shipped).updated()).isZero();

        String id = "gym-only-" + UUID.randomUUID().toString().substring(0, 6);
        given().header(GYM, "gym-d").contentType(ContentType.JSON).body(gymExercise(id, null, null))
                .post("/exercises").then().statusCode(201);
        int before = given().get("/exercises/glute-bridge").path("version");

        LibraryLoader.LoadResult result = loader.load(new Library(shipped.libraryVersion() + 1, shipped.exercises()));

        assertThat(result.updated()).isEqualTo(shipped.exercises().size());
        given().get("/exercises/glute-bridge").then().body("version", equalTo(before + 1));
        given().header(GYM, "gym-d").get("/exercises/" + id).then().body("version", equalTo(1));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("exercise-library"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/exercises"));
    }

    @Test
    void searchRanksByRelevanceUnlessASortIsAskedFor() {
        given().queryParam("q", "standing hip flexor").get("/exercises").then().statusCode(200)
                .body("items[0].id", equalTo("standing-hip-flexor-stretch"));
        given().queryParam("q", "hip bridge").get("/exercises").then().statusCode(200)
                .body("items[0].id", equalTo("glute-bridge"));
        List<String> byName = given().queryParam("q", "hip").queryParam("sort", "name").queryParam("size", 100)
                .get("/exercises").then().statusCode(200).extract().path("items.name");
        assertThat(byName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void aChangeStoredByAnotherReplicaReachesThisOnesMemoryThroughItsEvent() throws Exception {
        String gym = "gym-replica-" + UUID.randomUUID().toString().substring(0, 6);
        String id = "replica-move-" + UUID.randomUUID().toString().substring(0, 6);
        given().header(GYM, gym).queryParam("q", id).get("/exercises").then().body("total", equalTo(0)); // in memory now
        // stored as another replica would: straight to the database, its event published by the outbox relay
        io.backbone.catalog.repository.ExerciseDocument doc = new io.backbone.catalog.repository.ExerciseDocument();
        doc.key = io.backbone.catalog.repository.ExerciseDocument.key(gym, id);
        doc.gym = gym;
        doc.version = 1;
        doc.apply(mapper.readValue(gymExercise(id, null, null), io.backbone.catalog.domain.Exercise.class).withEmptyListsForNull());
        doc.updatedAt = java.time.Instant.now();
        doc.addPending(io.backbone.catalog.service.CatalogService.changed(doc, ExerciseChanged.CREATED));
        assertThat(repository.insertNew(doc)).isTrue();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().header(GYM, gym).queryParam("q", id).get("/exercises").then().body("total", equalTo(1)));
        given().header(GYM, gym).get("/exercises/" + id).then().statusCode(200).header("Cache-Control", "private, no-cache");
    }

    @Test
    void libraryReadsMayBeCachedForAnHourAndRevalidateWithTheirETag() {
        String etag = given().get("/exercises/glute-bridge").then().statusCode(200)
                .header("Cache-Control", "private, max-age=3600").extract().header("ETag");
        given().header("If-None-Match", etag).get("/exercises/glute-bridge").then().statusCode(304)
                .header("Cache-Control", "private, max-age=3600");
    }

    static String gymExercise(String id, String regression, String progression) {
        return """
                {"id": "%s", "name": "Gym move %s", "aliases": ["house move"], "summary": "A gym's own drill.",
                 "instructions": ["Stand tall.", "Move well."], "cues": ["Ribs down", "Squeeze the glutes"],
                 "mistakes": [{"mistake": "Rushing", "why": "control matters more than speed"}],
                 "category": "strength", "regions": ["hip-extension"],
                 "intent": [{"joint": "hip", "aim": "strengthen"}], "muscles": ["gluteus maximus"],
                 "equipment": [], "position": "standing", "difficulty": 2,
                 "dosage": {"sets": 2, "reps": 10, "perSide": false, "restSeconds": 30, "sessionsPerWeek": 3},
                 "flags": [], "cautions": [], "contraindications": [], %s %s
                 "alternatives": [], "tags": ["gym-prep"], "licence": "gym-owned"}
                """.formatted(id, id, regression == null ? "" : "\"regression\": \"" + regression + "\",",
                progression == null ? "" : "\"progression\": \"" + progression + "\",");
    }
}
