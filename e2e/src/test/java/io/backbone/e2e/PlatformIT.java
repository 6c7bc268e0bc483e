package io.backbone.e2e;

import io.backbone.demo.FaultHarness;
import io.backbone.events.Topics;
import io.backbone.testing.ContractEnforced;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
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
 * The platform as deploy/local/run runs it (packaged services, one broker, one database, all
 * supervised), shared by every test here; proves the wiring over HTTP and the browser, and that
 * the platform rides out its processes crashing and its infrastructure going away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    static final Path ROOT = Path.of(System.getProperty("backbone.root", ".."));
    static Path data;
    static LocalRun platform;
    static Service gateway;
    static Service catalog;
    static Service program;
    static Service progress;
    static List<Service> services;
    static boolean demoLoaded;

    /** One service of the run, by the name deploy/local/run knows it by. */
    record Service(String name) {
        String url() {
            return platform.url(name);
        }
    }

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractEnforced.contract(); // every answer of the public API is checked against the OpenAPI document
    }

    @BeforeAll
    static void startPlatform() throws IOException {
        data = Files.createTempDirectory("backbone-e2e");
        // the data and the logs of the run stay in target/ for a look after a failure
        platform = LocalRun.start(ROOT, ROOT.resolve("e2e/target/e2e-run"));
        catalog = new Service("catalog-service");
        program = new Service("program-service");
        progress = new Service("progress-service");
        gateway = new Service("gateway");
        services = List.of(catalog, program, progress, gateway);
    }

    @AfterAll
    static void stopPlatform() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void everyServiceServesHealthMetricsAndApiDocs() {
        for (Service service : services) {
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
        for (Service service : services) {
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
        // cacheable through the gateway: the library's for an hour, and revalidated with its ETag
        var first = given().auth().oauth2(member).get(gateway.url() + "/api/v1/exercises/glute-bridge").then().statusCode(200)
                .header("Cache-Control", "private, max-age=3600").extract();
        given().auth().oauth2(member).header("If-None-Match", first.header("ETag"))
                .get(gateway.url() + "/api/v1/exercises/glute-bridge").then().statusCode(304);
        // found the way people type it
        given().auth().oauth2(member).queryParam("q", "standing hip flexor").get(gateway.url() + "/api/v1/exercises")
                .then().statusCode(200).body("items[0].id", equalTo("standing-hip-flexor-stretch"));
        given().auth().oauth2(member).queryParam("size", 1000).get(gateway.url() + "/api/v1/exercises")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"))
                .body("instance", equalTo("/api/v1/exercises")); // the path the client called, not the service's

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
    @Order(5)
    void aMemberJourneyThroughThePublicApiWithAdaptationOverKafka() {
        String api = gateway.url() + "/api/v1";
        String coach = token("coach-j", "coach", "gym-j");
        String memberId = given().auth().oauth2(coach).contentType(ContentType.JSON).body("{\"displayName\":\"Jamie\"}")
                .post(api + "/members").then().statusCode(201).body("gym", equalTo("gym-j")).extract().path("id");
        String member = token(memberId, "member", "gym-j");

        given().auth().oauth2(member).contentType(ContentType.JSON).body("""
                {"painNow":3,"durationWeeks":30,"redFlags":[],"limitations":["cannot-kneel"],"equipment":["band"],
                 "minutesPerSession":20,"sessionsPerWeek":3,"goal":"prevention"}""")
                .put(api + "/members/" + memberId + "/intake").then().statusCode(200).body("screening.referred", equalTo(false));
        List<String> exercises = given().auth().oauth2(member).post(api + "/members/" + memberId + "/program").then()
                .statusCode(201).body("revision", equalTo(1)).extract().jsonPath().getList("sessions[0].exercises.exerciseId");

        String session = """
                {"clientSessionId":"%s","performedAt":"%s","exercises":[{"exerciseId":"%s","done":true}],"rpe":6,"painDuring":%d}""";
        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(session.formatted("s-1", java.time.Instant.now().minusSeconds(3600), exercises.get(0), 2))
                .post(api + "/members/" + memberId + "/sessions").then().statusCode(201);
        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(session.formatted("s-1", java.time.Instant.now().minusSeconds(3600), exercises.get(0), 2))
                .post(api + "/members/" + memberId + "/sessions").then().statusCode(200).header("Idempotent-Replayed", "true");
        given().auth().oauth2(member).contentType(ContentType.JSON).body("""
                {"rating":4,"context":"morning","reportedAt":"%s"}""".formatted(java.time.Instant.now().minusSeconds(600)))
                .post(api + "/members/" + memberId + "/pain-reports").then().statusCode(201);
        given().auth().oauth2(member).contentType(ContentType.JSON).body("""
                {"instrument":"ODI","answers":[2,1,3,2,1,1,2,0,1,2],"completedAt":"%s"}""".formatted(java.time.Instant.now()))
                .post(api + "/members/" + memberId + "/outcome-measures").then().statusCode(201).body("score", equalTo(30.0f));

        // the logs reach progress-service's rollups, and the coach's list shows them
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(member)
                .get(api + "/members/" + memberId + "/progress").then().statusCode(200)
                .body("programId", org.hamcrest.Matchers.notNullValue()).body("pain.latest", equalTo(4))
                .body("outcomes.odiLatest", equalTo(30.0f)));
        given().auth().oauth2(coach).get(api + "/members").then().statusCode(200)
                .body("items.find { it.id == '" + memberId + "' }.progress.pain.latest", equalTo(4));

        // a flare during a session reaches program-service over Kafka and steps the programme back
        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(session.formatted("s-2", java.time.Instant.now().minusSeconds(60), exercises.get(0), 8))
                .post(api + "/members/" + memberId + "/sessions").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(member)
                .get(api + "/members/" + memberId + "/program/revisions").then().statusCode(200)
                .body("cause", org.hamcrest.Matchers.hasItem("adaptation")));

        // another gym, or another member, cannot see any of it
        String otherGym = token("coach-k", "coach", "gym-k");
        String otherMember = token("m-someone-else", "member", "gym-j");
        for (String path : List.of("", "/program", "/sessions", "/progress", "/pain-reports")) {
            given().auth().oauth2(otherGym).get(api + "/members/" + memberId + path).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(otherMember).get(api + "/members/" + memberId + path).then().statusCode(404);
        }
        given().auth().oauth2(otherGym).contentType(ContentType.JSON)
                .body(session.formatted("s-3", java.time.Instant.now(), exercises.get(0), 1))
                .post(api + "/members/" + memberId + "/sessions").then().statusCode(404);
    }

    @Test
    @Order(6)
    void badInputOnEveryWriteOperationIsA4xxProblemNeverA5xx() {
        String api = gateway.url() + "/api/v1";
        String coach = token("coach-bad", "coach", "gym-bad");
        String memberId = given().auth().oauth2(coach).contentType(ContentType.JSON).body("{\"displayName\":\"Bad Input\"}")
                .post(api + "/members").then().statusCode(201).extract().path("id");
        Map<String, String> writes = Map.of(
                "POST /members", "{\"displayName\":\"x\"}",
                "PUT /members/" + memberId + "/intake", "{\"painNow\":3,\"durationWeeks\":3,\"redFlags\":[],\"minutesPerSession\":20,\"sessionsPerWeek\":3,\"goal\":\"relief\"}",
                "POST /members/" + memberId + "/program/overrides", "{\"action\":\"pin\",\"exerciseId\":\"x\",\"reason\":\"y\"}",
                "POST /members/" + memberId + "/sessions", "{\"clientSessionId\":\"c\",\"performedAt\":\"2026-01-01T00:00:00Z\",\"exercises\":[],\"rpe\":1,\"painDuring\":1}",
                "POST /members/" + memberId + "/pain-reports", "{\"rating\":1,\"context\":\"morning\",\"reportedAt\":\"2026-01-01T00:00:00Z\"}",
                "POST /members/" + memberId + "/outcome-measures", "{\"instrument\":\"ODI\",\"answers\":[1],\"completedAt\":\"2026-01-01T00:00:00Z\"}",
                "POST /exercises", "{\"id\":\"x\"}");
        List<java.util.function.UnaryOperator<String>> breakages = List.of(
                body -> "{",                                                   // malformed
                body -> "",                                                    // empty
                body -> "[]",                                                  // wrong shape
                body -> "null",
                body -> body.replaceFirst(":\\s*\"[^\"]*\"", ":12345"),           // a string turned number
                body -> body.replaceFirst(":\\s*(\\d+)", ":\"many\""),              // a number turned string
                body -> body.replaceFirst(":\\s*(\\d+)", ":-99999999999999999999"), // out of range, huge
                body -> body.replaceFirst(":\\s*(\\d+)", ":1e308"),
                body -> body.replaceFirst("\\{", "{\"gym\":\"gym-other\",\"role\":\"platform-admin\","), // smuggled tenant
                body -> body.replaceFirst("\"[a-zA-Z]+\"\\s*:\\s*\"", "\"" + "y".repeat(100_000) + "\":\""));
        writes.forEach((operation, body) -> {
            String[] parts = operation.split(" ", 2);
            for (var breakage : breakages) {
                String broken = breakage.apply(body);
                if (broken.equals(body)) {
                    continue; // this breakage finds nothing to break in this body
                }
                var response = given().auth().oauth2(coach).contentType(ContentType.JSON).body(broken)
                        .request(parts[0], api + parts[1]).then().extract().response();
                String what = operation + " with " + broken.substring(0, Math.min(80, broken.length())) + " → "
                        + response.statusCode() + " " + response.asString().substring(0, Math.min(200, response.asString().length()));
                org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(what).isBetween(400, 499);
                org.assertj.core.api.Assertions.assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            }
        });
    }

    /** The demo gym the pages sign in to, loaded through the public API as the local run does. */
    static void demoGym() throws Exception {
        if (demoLoaded) {
            return;
        }
        io.backbone.demo.DemoGym.main(new String[]{gateway.url(), "24", "4", "7", "gym-demo"});
        demoLoaded = true;
    }

    /** The first demo member the sign-in page offers who has a programme (one demo member is referred). */
    static String firstDemoMember() {
        String coach = token("coach-demo", "coach", "gym-demo");
        List<String> ids = given().auth().oauth2(coach).get(gateway.url() + "/api/v1/members?size=8").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        return ids.stream().filter(id -> "active".equals(given().auth().oauth2(coach)
                .get(gateway.url() + "/api/v1/members/" + id + "/program").then().extract().path("status"))).findFirst().orElseThrow();
    }

    private static void signIn(org.openqa.selenium.WebDriver driver, String user) {
        driver.get(gateway.url() + "/");
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("[data-user='" + user + "']")).isEmpty());
        driver.findElement(org.openqa.selenium.By.cssSelector("[data-user='" + user + "']")).click();
    }

    private static boolean everyControlIsLabelled(org.openqa.selenium.WebDriver driver) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('input,select,textarea')].every(i => i.labels.length > 0 || i.getAttribute('aria-label'))");
    }

    @Test
    @Order(7)
    void inTheBrowserAMemberLogsASessionAndSeesTheChartChange() throws Exception {
        demoGym();
        String member = firstDemoMember();
        Browser.run("member-logs-a-session", 390, 844, data, driver -> {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, member);
            wait.until(d -> !d.findElements(org.openqa.selenium.By.id("session-form")).isEmpty()
                    && !d.findElements(org.openqa.selenium.By.cssSelector("#progress-chart")).isEmpty());
            org.assertj.core.api.Assertions.assertThat(everyControlIsLabelled(driver)).isTrue();
            String before = driver.findElement(org.openqa.selenium.By.id("progress-box")).getAttribute("innerHTML");
            driver.findElement(org.openqa.selenium.By.id("log-session")).click();
            wait.until(d -> !d.findElement(org.openqa.selenium.By.id("progress-box")).getAttribute("innerHTML").equals(before));
            // the message may have faded by now; its text stays
            org.assertj.core.api.Assertions.assertThat(driver.findElement(org.openqa.selenium.By.id("status")).getAttribute("textContent"))
                    .contains("Session logged");
            org.assertj.core.api.Assertions.assertThat(driver.getCurrentUrl()).doesNotContain("token").doesNotContain("eyJ");
        });
    }

    @Test
    @Order(8)
    void inTheBrowserACoachSeesTheFlagAfterAFlare() throws Exception {
        demoGym();
        String member = firstDemoMember();
        Browser.run("coach-sees-a-flare", 1280, 900, data, driver -> {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, member);
            wait.until(d -> !d.findElements(org.openqa.selenium.By.id("pain-form")).isEmpty());
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "const s = document.getElementById('pain-now'); s.value = 9; s.dispatchEvent(new Event('input'));");
            driver.findElement(org.openqa.selenium.By.id("report-pain")).click();
            wait.until(d -> d.findElement(org.openqa.selenium.By.id("status")).getAttribute("textContent").contains("noted"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .auth().oauth2(token(member, "member", "gym-demo")).get(gateway.url() + "/api/v1/members/" + member + "/progress")
                    .then().body("flags", org.hamcrest.Matchers.hasItem("flare")));

            driver.findElement(org.openqa.selenium.By.id("sign-out")).click();
            signIn(driver, "coach-demo");
            wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("tr[data-member='" + member + "'] .flag.flare")).isEmpty());
            driver.findElement(org.openqa.selenium.By.cssSelector("tr[data-member='" + member + "'] a")).click();
            wait.until(d -> !d.findElements(org.openqa.selenium.By.id("override-form")).isEmpty());
            org.assertj.core.api.Assertions.assertThat(everyControlIsLabelled(driver)).isTrue();
        });
    }

    @Test
    @Order(9)
    void inTheBrowserAnAnalystSeesTheCohortAndDownloadsAnExport() throws Exception {
        demoGym();
        Path downloads = Files.createDirectories(data.resolve("downloads"));
        Browser.run("analyst-downloads-an-export", 1280, 900, downloads, driver -> {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, "analyst-demo");
            wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#cohort-size, #cohort-note")).isEmpty());
            org.assertj.core.api.Assertions.assertThat(driver.findElements(org.openqa.selenium.By.id("cohort-size"))).isNotEmpty();
            org.assertj.core.api.Assertions.assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#adherence-chart svg"))).isNotEmpty();
            driver.findElement(org.openqa.selenium.By.id("export-csv")).click();
            wait.until(d -> d.findElement(org.openqa.selenium.By.id("export-result")).getText().startsWith("Downloaded"));
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(downloads.resolve("backbone-export.csv")));
            try {
                org.assertj.core.api.Assertions.assertThat(Files.readAllLines(downloads.resolve("backbone-export.csv")).get(0))
                        .startsWith("member,track,enrolment_month,week");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    @Order(10)
    void readinessFollowsTheDatabaseAndServiceRecoversWithoutRestart() {
        platform.stop("mongo");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                given().get(catalog.url() + "/q/health/ready").then().statusCode(503));
        platform.start("mongo");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                given().get(catalog.url() + "/q/health/ready").then().statusCode(200));
        given().get(catalog.url() + "/exercises/glute-bridge").then().statusCode(200);
    }

    @Test
    @Order(11)
    void withKafkaAwayServicesStayReadyAndShowItDegradedAndConsumersResumeAfterIt() {
        platform.stop("kafka");
        await().atMost(Duration.ofSeconds(45)).ignoreExceptions().untilAsserted(() ->
                given().get(program.url() + "/q/health/group/kafka").then().statusCode(503));
        for (Service service : List.of(catalog, program, progress)) {
            // still ready: writes are accepted and their events wait in the outbox (awaited, not asserted at
            // once: the database restart of the test before can leave a stale pooled connection for one check)
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                    given().get(service.url() + "/q/health/ready").then().statusCode(200));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(
                    given().get(service.url() + "/q/metrics").then().extract().asString()).contains("backbone_kafka_up 0.0"));
        }
        String during = "during-outage-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Backbone-Gym", "gym-e2e").contentType(ContentType.JSON).body(exercise(during))
                .post(catalog.url() + "/exercises").then().statusCode(201);
        platform.start("kafka");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                given().get(program.url() + "/q/health/group/kafka").then().statusCode(200));
        // what was accepted during the outage arrives once the broker is back
        await().atMost(Duration.ofSeconds(45)).ignoreExceptions().untilAsserted(() ->
                given().header("X-Backbone-Gym", "gym-e2e").get(program.url() + "/catalog-view/exercises/" + during)
                        .then().statusCode(200));

        String id = "after-outage-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Backbone-Gym", "gym-e2e").contentType(ContentType.JSON).body(exercise(id))
                .post(catalog.url() + "/exercises").then().statusCode(201);
        await().atMost(Duration.ofSeconds(45)).ignoreExceptions().untilAsserted(() ->
                given().header("X-Backbone-Gym", "gym-e2e").get(program.url() + "/catalog-view/exercises/" + id)
                        .then().statusCode(200));
    }

    @Test
    @Order(12)
    void aSessionStoredBeforeACrashIsPublishedOnceAfterRestart() throws Exception {
        platform.stop("kafka"); // nothing can be published now
        String member = "m-crash-" + UUID.randomUUID().toString().substring(0, 6);
        String sessionId = given().header("X-Backbone-Gym", "gym-crash").contentType(ContentType.JSON).body("""
                {"clientSessionId":"c-1","performedAt":"%s","exercises":[{"exerciseId":"glute-bridge","done":true}],
                 "rpe":4,"painDuring":2}""".formatted(java.time.Instant.now()))
                .post(progress.url() + "/members/" + member + "/sessions").then().statusCode(201).extract().path("id");
        platform.kill("progress-service"); // the supervisor restarts it
        platform.start("kafka");
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() ->
                given().get(progress.url() + "/q/health/ready").then().statusCode(200));

        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", platform.kafka(), "group.id", "e2e-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            consumer.subscribe(List.of(Topics.MEMBER_ACTIVITY));
            List<String> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (member.equals(r.key())) {
                        seen.add(r.value());
                    }
                });
                return !seen.isEmpty();
            });
            // anything published twice would be there by now: drain what is left, then count
            for (int i = 0; i < 6; i++) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (member.equals(r.key())) {
                        seen.add(r.value());
                    }
                });
            }
            org.assertj.core.api.Assertions.assertThat(seen).hasSize(1).allMatch(v -> v.contains(sessionId));
        }
    }

    @Test
    @Order(14)
    void aPartnerBuildsOnTheClientGeneratedFromTheOpenApiDocument() throws Exception {
        GeneratedClientJourney.run(gateway.url(), who -> token(who[0], who[1], who[2]));
    }

    @Test
    @Order(15)
    void aClinicianGetsTheMembersRecordAsValidFhirAndAnAnalystTheGymsBulkExport() throws Exception {
        String api = gateway.url() + "/api/v1";
        io.backbone.demo.DemoGym.main(new String[]{gateway.url(), "40", "3", "11", "gym-fhir"});
        String coach = token("coach-fhir", "coach", "gym-fhir");
        String memberId = given().auth().oauth2(coach).get(api + "/members?size=20").then().statusCode(200).extract()
                .jsonPath().<String>getList("items.id").stream().filter(id -> "active".equals(given().auth().oauth2(coach)
                        .get(api + "/members/" + id + "/program").then().extract().path("status"))).findFirst().orElseThrow();

        String record = given().auth().oauth2(coach).accept("application/fhir+json").get(api + "/members/" + memberId + "/fhir")
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();
        org.assertj.core.api.Assertions.assertThat(io.backbone.testing.FhirValidation.errors(record)).as("HAPI errors").isEmpty();
        var bundle = io.restassured.path.json.JsonPath.from(record);
        org.assertj.core.api.Assertions.assertThat(bundle.<String>getList("entry.resource.resourceType"))
                .contains("Patient", "CarePlan", "ServiceRequest", "Procedure", "Observation");
        org.assertj.core.api.Assertions.assertThat(bundle.getString("entry[0].resource.name[0].text")).isNotBlank();
        // the same member exported again: the same resources, apart from meta.lastUpdated
        String again = given().auth().oauth2(coach).get(api + "/members/" + memberId + "/fhir").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(again.replaceAll("\"lastUpdated\":\"[^\"]+\"", ""))
                .isEqualTo(record.replaceAll("\"lastUpdated\":\"[^\"]+\"", ""));
        // the member themselves: no name; others: refused as the rest of the API refuses
        given().auth().oauth2(token(memberId, "member", "gym-fhir")).get(api + "/members/" + memberId + "/fhir").then()
                .statusCode(200).body("entry[0].resource.name", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(token("coach-other", "coach", "gym-other")).get(api + "/members/" + memberId + "/fhir").then().statusCode(404);
        given().auth().oauth2(token("analyst-fhir", "analyst", "gym-fhir")).get(api + "/members/" + memberId + "/fhir").then().statusCode(403);
        given().auth().oauth2(coach).accept("application/xml").get(api + "/members/" + memberId + "/fhir").then().statusCode(406)
                .contentType("application/problem+json");

        String analyst = token("analyst-fhir", "analyst", "gym-fhir");
        String status = given().auth().oauth2(analyst).header("Prefer", "respond-async").accept("application/fhir+json")
                .get(api + "/fhir/$export").then().statusCode(202).extract().header("Content-Location");
        var manifest = given().auth().oauth2(analyst).get(status.substring(status.indexOf("/api/v1")).replaceFirst("^", gateway.url()))
                .then().statusCode(200).extract().jsonPath();
        List<String> csv = given().auth().oauth2(analyst).get(api + "/analytics/export?format=csv").then().statusCode(200)
                .extract().asString().lines().skip(1).toList();
        org.assertj.core.api.Assertions.assertThat(csv).as("member-weeks in the gym's export").isNotEmpty();
        Map<String, List<String>> files = new java.util.TreeMap<>();
        for (Map<String, String> output : manifest.<Map<String, String>>getList("output")) {
            String url = output.get("url");
            String body = given().auth().oauth2(analyst).get(gateway.url() + url.substring(url.indexOf("/api/v1"))).then()
                    .statusCode(200).contentType("application/fhir+ndjson").extract().asString();
            files.put(output.get("type"), body.lines().toList());
        }
        org.assertj.core.api.Assertions.assertThat(files.get("Patient")).as("one Patient per pseudonymous member")
                .hasSize((int) csv.stream().map(line -> line.split(",")[0]).distinct().count());
        org.assertj.core.api.Assertions.assertThat(files.get("Observation")).isNotEmpty();
        for (List<String> lines : files.values()) {
            for (String line : lines.subList(0, Math.min(20, lines.size()))) {
                org.assertj.core.api.Assertions.assertThat(io.backbone.testing.FhirValidation.errors(line)).as(line).isEmpty();
                org.assertj.core.api.Assertions.assertThat(line).doesNotContain(memberId).doesNotContain("\"name\"");
            }
        }
    }

    @Test
    @Order(16)
    void aPlatformAdminSeesWhatEachServiceParkedThroughThePublicApi() {
        String admin = token("ops-1", "platform-admin", "gym-ops");
        for (String service : List.of("program-service", "progress-service")) {
            given().auth().oauth2(admin).get(gateway.url() + "/api/v1/admin/dead-letters/" + service).then().statusCode(200);
        }
        given().auth().oauth2(admin).get(gateway.url() + "/api/v1/admin/dead-letters/catalog-service").then().statusCode(404);
        given().auth().oauth2(token("coach-ops", "coach", "gym-ops")).get(gateway.url() + "/api/v1/admin/dead-letters/program-service")
                .then().statusCode(403);
    }

    /**
     * Read as a partner would, with the official CloudEvents SDK's Kafka binding: every record on
     * every topic is a structured-mode CloudEvent (content-type header), with the attributes the
     * contract promises.
     */
    @Test
    @Order(13)
    void everyRecordOnEveryTopicIsAStructuredCloudEventReadByTheOfficialSdk() throws Exception {
        demoGym(); // every producer has published by now: library, members, programmes, sessions, pain, questionnaires
        var json = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(
                new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        java.util.Set<String> topics = java.util.Arrays.stream(io.backbone.events.EventType.values())
                .map(io.backbone.events.EventType::topic).collect(java.util.stream.Collectors.toSet());
        Map<String, Integer> seenByType = new java.util.TreeMap<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, io.cloudevents.CloudEvent>(Map.of(
                "bootstrap.servers", platform.kafka(), "group.id", "e2e-sdk-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new org.apache.kafka.common.serialization.StringDeserializer(),
                new io.cloudevents.kafka.CloudEventDeserializer())) {
            consumer.subscribe(java.util.regex.Pattern.compile("backbone\\.[a-z-]+\\.v1"));
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(5).toNanos()) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    quietSince = System.nanoTime();
                }
                for (var record : records) {
                    io.cloudevents.CloudEvent event = record.value();
                    String at = record.topic() + "@" + record.offset();
                    var type = io.backbone.events.EventType.ofType(event.getType());
                    org.assertj.core.api.Assertions.assertThat(type).as(at + " type " + event.getType()).isPresent();
                    org.assertj.core.api.Assertions.assertThat(topics).contains(record.topic());
                    org.assertj.core.api.Assertions.assertThat(type.get().topic()).as(at).isEqualTo(record.topic());
                    org.assertj.core.api.Assertions.assertThat(new String(record.headers().lastHeader("content-type").value(),
                            java.nio.charset.StandardCharsets.UTF_8)).as(at).isEqualTo("application/cloudevents+json; charset=UTF-8");
                    org.assertj.core.api.Assertions.assertThat(event.getSpecVersion()).as(at).isEqualTo(io.cloudevents.SpecVersion.V1);
                    org.assertj.core.api.Assertions.assertThat(event.getId()).as(at).isNotBlank();
                    org.assertj.core.api.Assertions.assertThat(event.getSource().toString()).as(at)
                            .isIn("/catalog-service", "/program-service", "/progress-service");
                    org.assertj.core.api.Assertions.assertThat(event.getSubject()).as(at).isEqualTo(record.key());
                    org.assertj.core.api.Assertions.assertThat(event.getTime()).as(at).isNotNull();
                    org.assertj.core.api.Assertions.assertThat(event.getDataContentType()).as(at).isEqualTo("application/json");
                    org.assertj.core.api.Assertions.assertThat(event.getExtensionNames()).as(at)
                            .allMatch(name -> name.matches("[a-z0-9]{1,20}"));
                    var data = json.readTree(event.getData().toBytes());
                    Object gym = event.getExtension("gym");
                    org.assertj.core.api.Assertions.assertThat(gym == null ? null : gym.toString()).as(at + " gym")
                            .isEqualTo(data.path("gym").isTextual() ? data.get("gym").asText() : null);
                    // the payload reads as the contract's record, required fields and all
                    json.treeToValue(data, type.get().payload());
                    seenByType.merge(event.getType(), 1, Integer::sum);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(seenByType).as("events seen by type").containsKeys(
                "io.backbone.exercise-changed.v1", "io.backbone.member-enrolled.v1", "io.backbone.program-changed.v1",
                "io.backbone.session-completed.v1", "io.backbone.pain-reported.v1", "io.backbone.outcome-recorded.v1");
    }

    @Test
    @Order(17)
    void underLoadTwoProcessesKilledLoseAndDuplicateNothingAndRecoverWithin30Seconds() throws Exception {
        // the short version of bench/faults: the database and the session writer, killed with SIGKILL in turn
        FaultHarness.Report report = new FaultHarness(platform.statusFile(), platform.kafka(), ROOT.resolve("deploy/local/run"))
                .run(List.of("mongo", "progress-service"), Duration.ofSeconds(8), 3);
        System.out.print(report.table());
        org.assertj.core.api.Assertions.assertThat(report.problems()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(report.rounds()).hasSize(2).allSatisfy(round -> {
            org.assertj.core.api.Assertions.assertThat(round.accepted()).as(round.process() + " accepted").isPositive();
            org.assertj.core.api.Assertions.assertThat(round.lost()).as(round.process() + " lost").isZero();
            org.assertj.core.api.Assertions.assertThat(round.duplicated()).as(round.process() + " duplicated").isZero();
            org.assertj.core.api.Assertions.assertThat(round.recoverySeconds()).as(round.process() + " recovery").isLessThanOrEqualTo(30);
        });
        org.assertj.core.api.Assertions.assertThat(platform.restarts("mongo")).isPositive();
        org.assertj.core.api.Assertions.assertThat(platform.restarts("progress-service")).isPositive();
    }

    @Test
    @Order(18)
    void aProcessThatKeepsCrashingIsGivenUpOnWhileTheOthersServeAndCanBeStartedAgain() throws IOException {
        for (int crash = 0; crash < LocalRun.RESTART_LIMIT; crash++) {
            long pid = platform.pid("catalog-service");
            platform.kill("catalog-service");
            if (crash < LocalRun.RESTART_LIMIT - 1) {
                await().atMost(Duration.ofSeconds(30)).until(() -> "up".equals(platform.state("catalog-service"))
                        && platform.pid("catalog-service") != pid);
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "given-up".equals(platform.state("catalog-service")));
        org.assertj.core.api.Assertions.assertThat(platform.log()).contains("catalog-service exited", "giving up on it");
        // the rest keeps serving
        given().auth().oauth2(token("coach-gaveup", "coach", "gym-gaveup")).get(gateway.url() + "/api/v1/members")
                .then().statusCode(200);
        platform.start("catalog-service");
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() ->
                given().get(catalog.url() + "/q/health/ready").then().statusCode(200));
    }

    private static String token(String sub, String group, String gym) {
        return given().contentType(ContentType.JSON)
                .body("{\"sub\": \"%s\", \"groups\": [\"%s\"], \"gym\": \"%s\"}".formatted(sub, group, gym))
                .post(gateway.url() + "/dev/tokens").then().statusCode(200).extract().path("token");
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
