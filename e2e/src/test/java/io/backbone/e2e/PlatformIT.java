package io.backbone.e2e;

import io.backbone.infra.EmbeddedKafka;
import io.backbone.infra.EmbeddedMongo;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged services against one broker and one database, wired as in the local run; proves
 * the wiring over HTTP and that the services ride out their infrastructure going away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    static final Path ROOT = Path.of(System.getProperty("backbone.root", ".."));
    static Path data;
    static int kafkaPort;
    static int mongoPort;
    static EmbeddedKafka kafka;
    static EmbeddedMongo mongo;
    static final List<ServiceProcess> services = new ArrayList<>();
    static ServiceProcess gateway;
    static ServiceProcess catalog;
    static ServiceProcess program;
    static ServiceProcess progress;

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeAll
    static void startPlatform() throws IOException {
        data = Files.createTempDirectory("backbone-e2e");
        kafkaPort = freePort();
        mongoPort = freePort();
        kafka = EmbeddedKafka.persistent(data.resolve("kafka"), kafkaPort);
        mongo = EmbeddedMongo.fileBacked(data.resolve("mongo/backbone.mv"), mongoPort);
        int catalogPort = freePort();
        int programPort = freePort();
        int progressPort = freePort();
        Map<String, String> env = Map.of(
                "QUARKUS_PROFILE", "local",
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_MONGODB_CONNECTION_STRING", mongo.connectionString(),
                "BACKBONE_GATEWAY_CATALOG_URL", "http://127.0.0.1:" + catalogPort,
                "BACKBONE_PROGRAM_CATALOG_URL", "http://127.0.0.1:" + catalogPort,
                "BACKBONE_GATEWAY_PROGRAM_URL", "http://127.0.0.1:" + programPort,
                "BACKBONE_GATEWAY_PROGRESS_URL", "http://127.0.0.1:" + progressPort);
        Path logs = ROOT.resolve("e2e/target/e2e-logs");
        catalog = start("catalog-service", catalogPort, env, logs);
        program = start("program-service", programPort, env, logs);
        progress = start("progress-service", progressPort, env, logs);
        gateway = start("gateway", freePort(), env, logs);
        for (ServiceProcess service : services) {
            await(service.name + " ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .untilAsserted(() -> given().get(service.url() + "/q/health/ready").then().statusCode(200));
        }
    }

    @AfterAll
    static void stopPlatform() {
        services.forEach(ServiceProcess::close);
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void everyServiceServesHealthMetricsAndApiDocs() {
        for (ServiceProcess service : services) {
            given().get(service.url() + "/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().get(service.url() + "/q/metrics").then().statusCode(200);
            given().get(service.url() + "/q/openapi").then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void anExerciseChangedInTheCatalogReachesProgramService() {
        String id = "e2e-move-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Backbone-Gym", "gym-e2e").contentType(ContentType.JSON).body(exercise(id))
                .post(catalog.url() + "/exercises").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                given().header("X-Backbone-Gym", "gym-e2e").get(program.url() + "/catalog-view/exercises/" + id)
                        .then().statusCode(200).body("version", equalTo(1)).body("gym", equalTo("gym-e2e")));
        // and the shipped library itself was announced when it was loaded
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                given().get(program.url() + "/catalog-view/exercises/glute-bridge").then().statusCode(200));
    }

    @Test
    @Order(3)
    void badRequestsAreProblemsOnEveryService() {
        for (ServiceProcess service : services) {
            given().get(service.url() + "/no/such/route").then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().header("X-Backbone-Gym", "gym-e2e").contentType(ContentType.JSON).body("{\"name\": ")
                .post(catalog.url() + "/exercises").then().statusCode(400).contentType("application/problem+json");
        given().header("X-Backbone-Gym", "gym-e2e").contentType("text/csv").body("a,b")
                .post(catalog.url() + "/exercises").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void thePublicApiServesTheCatalogToATokenHolderAndKeepsGymsApart() {
        String coachA = token("coach-a", "coach", "gym-a");
        String coachB = token("coach-b", "coach", "gym-b");
        String member = token("member-a", "member", "gym-a");

        given().auth().oauth2(member).queryParam("q", "hinge").queryParam("size", 5)
                .get(gateway.url() + "/api/v1/exercises").then().statusCode(200)
                .body("size", equalTo(5)).body("items[0].id", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(member).get(gateway.url() + "/api/v1/exercises/band-resisted-hip-hinge")
                .then().statusCode(200).body("progressions[0].id", equalTo("kettlebell-deadlift"));
        given().auth().oauth2(member).queryParam("size", 1000).get(gateway.url() + "/api/v1/exercises")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));

        String id = "gym-a-move-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(coachA).header("X-Request-Id", "e2e-" + id).contentType(ContentType.JSON).body(exercise(id))
                .post(gateway.url() + "/api/v1/exercises").then().statusCode(201).header("X-Request-Id", "e2e-" + id);
        given().auth().oauth2(member).get(gateway.url() + "/api/v1/exercises/" + id).then().statusCode(200);
        given().auth().oauth2(coachB).get(gateway.url() + "/api/v1/exercises/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(member).contentType(ContentType.JSON).body(exercise("member-move"))
                .post(gateway.url() + "/api/v1/exercises").then().statusCode(403);
        given().get(gateway.url() + "/api/v1/exercises").then().statusCode(401);
    }

    @Test
    @Order(10)
    void readinessFollowsTheDatabaseAndServiceRecoversWithoutRestart() {
        mongo.close();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                given().get(catalog.url() + "/q/health/ready").then().statusCode(503));
        mongo = EmbeddedMongo.fileBacked(data.resolve("mongo/backbone.mv"), mongoPort);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                given().get(catalog.url() + "/q/health/ready").then().statusCode(200));
        given().get(catalog.url() + "/exercises/glute-bridge").then().statusCode(200);
    }

    @Test
    @Order(11)
    void readinessFollowsTheBrokerAndConsumersResumeAfterIt() {
        kafka.close();
        await().atMost(Duration.ofSeconds(45)).ignoreExceptions().untilAsserted(() ->
                given().get(program.url() + "/q/health/ready").then().statusCode(503));
        kafka = EmbeddedKafka.persistent(data.resolve("kafka"), kafkaPort);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                given().get(program.url() + "/q/health/ready").then().statusCode(200));

        String id = "after-outage-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Backbone-Gym", "gym-e2e").contentType(ContentType.JSON).body(exercise(id))
                .post(catalog.url() + "/exercises").then().statusCode(201);
        await().atMost(Duration.ofSeconds(45)).ignoreExceptions().untilAsserted(() ->
                given().header("X-Backbone-Gym", "gym-e2e").get(program.url() + "/catalog-view/exercises/" + id)
                        .then().statusCode(200));
    }

    private static String token(String sub, String group, String gym) {
        return given().contentType(ContentType.JSON)
                .body("{\"sub\": \"%s\", \"groups\": [\"%s\"], \"gym\": \"%s\"}".formatted(sub, group, gym))
                .post(gateway.url() + "/dev/tokens").then().statusCode(200).extract().path("token");
    }

    private static ServiceProcess start(String name, int port, Map<String, String> env, Path logs) {
        ServiceProcess process = ServiceProcess.start(ROOT, name, port, env, logs);
        services.add(process);
        return process;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String exercise(String id) {
        return """
                {"id": "%s", "name": "E2E move", "summary": "An exercise made by the end-to-end test.",
                 "instructions": ["Stand tall."], "cues": ["Breathe"], "category": "mobility",
                 "regions": ["hip-mobility"], "position": "standing", "difficulty": 1,
                 "dosage": {"sets": 1, "reps": 5}}
                """.formatted(id);
    }
}
