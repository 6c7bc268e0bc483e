package io.backbone.gateway;

import io.backbone.gateway.security.Roles;
import io.backbone.testing.ContractEnforced;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated over every operation of the published OpenAPI document (the hand-kept
 * META-INF/openapi.yaml, served at /q/openapi): the routes served are the routes documented (and
 * include every path of the API contract, docs/api.md), every operation refuses bad tokens with
 * 401, wrong roles with 403 and a member acting on another member with 404, and each
 * operation's roles are the contract's role matrix, in the code and in the document alike. Every
 * answer is checked against the document on the way ({@link ContractEnforced}).
 */
@QuarkusTest
@ExtendWith(ContractEnforced.class)
class PublicApiSuiteTest {

    static final Set<String> ALL = Set.of(Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN, Roles.ANALYST, Roles.PARTNER,
            Roles.PLATFORM_ADMIN);
    static final Set<String> SELF_AND_STAFF = Set.of(Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN);
    static final Set<String> STAFF = Set.of(Roles.COACH, Roles.GYM_ADMIN);

    /** The contract's "who" column (docs/api.md), by the document's operation ids. */
    static final Map<String, Set<String>> ROLE_MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("searchExercises", ALL),
            Map.entry("getExercise", ALL),
            Map.entry("createExercise", STAFF),
            Map.entry("getVocabulary", ALL),
            Map.entry("enrolMember", Set.of(Roles.COACH, Roles.GYM_ADMIN, Roles.PARTNER)),
            Map.entry("listMembers", STAFF),
            Map.entry("getMember", SELF_AND_STAFF),
            Map.entry("submitIntake", SELF_AND_STAFF),
            Map.entry("generateProgram", SELF_AND_STAFF),
            Map.entry("getProgram", SELF_AND_STAFF),
            Map.entry("listProgramRevisions", SELF_AND_STAFF),
            Map.entry("overrideProgramExercise", STAFF),
            Map.entry("logSession", Set.of(Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN, Roles.PARTNER)),
            Map.entry("listSessions", SELF_AND_STAFF),
            Map.entry("reportPain", Set.of(Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN, Roles.PARTNER)),
            Map.entry("listPainReports", SELF_AND_STAFF),
            Map.entry("recordOutcomeMeasure", SELF_AND_STAFF),
            Map.entry("listOutcomeMeasures", SELF_AND_STAFF),
            Map.entry("getMemberProgress", SELF_AND_STAFF),
            Map.entry("getCohortAdherence", Set.of(Roles.ANALYST, Roles.GYM_ADMIN)),
            Map.entry("getCohortOutcomes", Set.of(Roles.ANALYST, Roles.GYM_ADMIN)),
            Map.entry("exportMemberWeeks", Set.of(Roles.ANALYST)),
            Map.entry("getMemberFhirRecord", SELF_AND_STAFF),
            Map.entry("startFhirBulkExport", Set.of(Roles.ANALYST)),
            Map.entry("getFhirBulkExportStatus", Set.of(Roles.ANALYST)),
            Map.entry("getFhirBulkExportFile", Set.of(Roles.ANALYST)),
            Map.entry("listDeadLetters", Set.of(Roles.PLATFORM_ADMIN)),
            Map.entry("replayDeadLetter", Set.of(Roles.PLATFORM_ADMIN)),
            Map.entry("replayDeadLetters", Set.of(Roles.PLATFORM_ADMIN))));

    record Operation(String method, String path, String id) {
        String url() {
            return path.replace("{memberId}", "m-suite").replace("{exerciseId}", "glute-bridge")
                    .replace("{jobId}", "not.a-job").replace("{file}", "Patient.ndjson")
                    .replace("{service}", "program-service").replace("{id}", "backbone.program-adaptation.dlq-0-0");
        }

        RequestSpecification request(String token) {
            RequestSpecification spec = given().contentType(ContentType.JSON);
            if (token != null) {
                spec = spec.auth().oauth2(token);
            }
            return method.equals("get") ? spec : spec.body("{}");
        }

        int call(String token) {
            return request(token).request(method.toUpperCase(), url()).then().extract().statusCode();
        }
    }

    /** Open to anyone: the index only says where the documentation is. */
    static final Set<String> PUBLIC = Set.of("getApiIndex");

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static List<Operation> operations;

    /** The operations that need a token. */
    static List<Operation> secured() {
        return operations().stream().filter(o -> !PUBLIC.contains(o.id())).toList();
    }

    /** Read once, on first use: the application is up by then. */
    static synchronized List<Operation> operations() {
        if (operations != null) {
            return operations;
        }
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getString("openapi")).as("the hand-kept 3.1 document is what is served").startsWith("3.1");
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<Operation> found = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/v1")) {
                item.forEach((method, op) -> {
                    if (HTTP_METHODS.contains(method)) { // a path item also holds shared parameters
                        found.add(new Operation(method, path, (String) ((Map<?, ?>) op).get("operationId")));
                    }
                });
            }
        });
        operations = found;
        return operations;
    }

    static String token(String sub, String role) {
        return Jwt.issuer("https://backbone.local/issuer").audience("backbone-api").subject(sub)
                .groups(Set.of(role)).claim("gym", "gym-suite").sign();
    }

    /** Every route the gateway's resources serve under /api/v1, as "VERB /path", with its method. */
    static Map<String, Method> served() {
        Map<String, Method> served = new TreeMap<>();
        for (Class<?> resource : resources()) {
            Path base = resource.getAnnotation(Path.class);
            if (base == null || !base.value().startsWith("/api/v1")) {
                continue;
            }
            for (Method m : resource.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    // a '$' operation is a regex parameter matching its name ({kickOff: (?:\\$|%24)export})
                    String path = (base.value() + (sub == null ? "" : sub.value()))
                            .replaceAll("\\{[A-Za-z]+: \\(\\?:\\\\\\$\\|%24\\)([a-z-]+)}", "\\$$1");
                    served.put(verb + " " + path, m);
                }
            }
        }
        return served;
    }

    @Test
    void theRoutesServedAreTheRoutesDocumentedAndCoverTheContract() throws IOException {
        Set<String> documented = new TreeSet<>();
        operations().forEach(o -> documented.add(o.method().toUpperCase() + " " + o.path()));
        assertThat(documented).isEqualTo(served().keySet());

        String contract = contract();
        Matcher row = Pattern.compile("^\\| (GET|POST|PUT|DELETE) `(/api/v1[^`]*)`", Pattern.MULTILINE).matcher(contract);
        Set<String> required = new TreeSet<>();
        while (row.find()) {
            required.add(row.group(1) + " " + row.group(2));
        }
        assertThat(required).hasSizeGreaterThan(10);
        assertThat(documented).containsAll(required);
        assertThat(documented).contains("GET /api/v1/members/{memberId}/program/revisions", "GET /api/v1/members/{memberId}/pain-reports");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedWithADescriptionExamplesAndTheContractsRoles() throws IOException {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().extract().jsonPath();
        for (Operation op : operations()) {
            String at = "paths.'" + op.path() + "'." + op.method();
            assertThat(doc.getString(at + ".summary")).as(op.id() + " summary").isNotBlank();
            assertThat(doc.getString(at + ".description")).as(op.id() + " description").isNotBlank();
            Map<String, Map<String, Object>> responses = doc.getMap(at + ".responses");
            var bodies = responses.entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                    .flatMap(r -> ((Map<String, Map<String, Object>>) r.getValue().getOrDefault("content", Map.of())).values().stream())
                    .toList();
            // an answer without a body (a 202 with only a Content-Location) has nothing to show
            assertThat(bodies.isEmpty() || bodies.stream().anyMatch(media -> media.get("example") != null))
                    .as(op.id() + " response example").isTrue();
            if (doc.getMap(at + ".requestBody") != null) {
                assertThat(doc.getMap(at + ".requestBody.content.'application/json'.examples")).as(op.id() + " request example").isNotEmpty();
            }
            if (!PUBLIC.contains(op.id())) {
                Method method = served().get(op.method().toUpperCase() + " " + op.path());
                assertThat(Set.of(method.getAnnotation(RolesAllowed.class).value())).as(op.id() + " roles in the code")
                        .isEqualTo(ROLE_MATRIX.get(op.id()));
                assertThat(Set.copyOf(doc.getList(at + ".'x-roles'", String.class))).as(op.id() + " roles in the document")
                        .isEqualTo(ROLE_MATRIX.get(op.id()));
            }
        }
        assertThat(secured()).extracting(Operation::id).containsExactlyInAnyOrderElementsOf(ROLE_MATRIX.keySet());
    }

    @Test
    void badTokensAre401OnEveryOperation() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String algNone = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"iss\":\"https://backbone.local/issuer\",\"aud\":\"backbone-api\",\"sub\":\"x\","
                + "\"groups\":[\"gym-admin\",\"analyst\",\"coach\"],\"gym\":\"gym-suite\",\"exp\":"
                + (Instant.now().getEpochSecond() + 3600) + "}").getBytes(StandardCharsets.UTF_8)) + ".";
        Set<String> every = Set.of(Roles.GYM_ADMIN, Roles.ANALYST, Roles.COACH, Roles.MEMBER, Roles.PARTNER);
        Map<String, String> bad = Map.of(
                "no token", "",
                "garbage", "not.a.token",
                "expired", Jwt.issuer("https://backbone.local/issuer").audience("backbone-api").subject("x").groups(every)
                        .claim("gym", "gym-suite").issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(60)).sign(),
                "wrong signature", Jwt.issuer("https://backbone.local/issuer").audience("backbone-api").subject("x").groups(every)
                        .claim("gym", "gym-suite").sign(generator.generateKeyPair().getPrivate()),
                "alg none", algNone,
                "wrong issuer", Jwt.issuer("https://evil.example").audience("backbone-api").subject("x").groups(every)
                        .claim("gym", "gym-suite").sign(),
                "wrong audience", Jwt.issuer("https://backbone.local/issuer").audience("another-api").subject("x").groups(every)
                        .claim("gym", "gym-suite").sign());
        for (Operation op : secured()) {
            bad.forEach((what, token) -> op.request(token.isEmpty() ? null : token).request(op.method().toUpperCase(), op.url())
                    .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer"));
        }
    }

    @Test
    void wrongRolesAre403AndAMemberOnAnotherMemberIs404() {
        for (Operation op : secured()) {
            for (String role : ALL) {
                if (!ROLE_MATRIX.get(op.id()).contains(role)) {
                    assertThat(op.call(token("someone", role))).as(op.id() + " as " + role).isEqualTo(403);
                }
            }
            if (op.path().contains("{memberId}") && ROLE_MATRIX.get(op.id()).contains(Roles.MEMBER)) {
                op.request(token("m-another", Roles.MEMBER)).request(op.method().toUpperCase(), op.url()).then()
                        .statusCode(404).contentType("application/problem+json");
            }
        }
    }

    @Test
    void anOversizedBodyIs413() {
        String huge = "{\"displayName\":\"" + "x".repeat(300_000) + "\"}";
        given().auth().oauth2(token("coach-1", Roles.COACH)).contentType(ContentType.JSON).body(huge)
                .post("/api/v1/members").then().statusCode(413).contentType("application/problem+json");
    }

    /** docs/api.md, a declared test resource of this module (see its POM). */
    private static String contract() throws IOException {
        try (var in = PublicApiSuiteTest.class.getClassLoader().getResourceAsStream("contract/api.md")) {
            assertThat(in).as("contract/api.md on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every class of the gateway's rest package, read from the compiled classes. */
    private static List<Class<?>> resources() {
        java.nio.file.Path dir = java.nio.file.Path.of("target/classes/io/backbone/gateway/rest");
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .<Class<?>>map(n -> {
                        try {
                            return Class.forName("io.backbone.gateway.rest." + n.replace(".class", ""));
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
