package io.backbone.gateway;

import io.backbone.testing.ContractEnforced;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Authentication and authorization at the edge, before any service is called. */
@QuarkusTest
@ExtendWith(ContractEnforced.class)
class GatewaySecurityTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String token(String sub, String group, String gym) {
        return given().contentType(ContentType.JSON)
                .body("{\"sub\": \"%s\", \"groups\": [\"%s\"], \"gym\": \"%s\"}".formatted(sub, group, gym))
                .post("/dev/tokens").then().statusCode(200).extract().path("token");
    }

    @Test
    void localIssuerSignsTokensThatTheGatewayAccepts() {
        String token = token("coach-1", "coach", "gym-a");
        // accepted: the call reaches the (absent) catalog and gets a prompt 503
        given().auth().oauth2(token).get("/api/v1/exercises").then().statusCode(503)
                .header("Retry-After", notNullValue()).contentType("application/problem+json");
    }

    @Test
    void missingOrBrokenTokensAre401Problems() {
        given().get("/api/v1/exercises").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not.a.token").get("/api/v1/exercises").then().statusCode(401);
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForeignKeyAre401() throws Exception {
        String expired = Jwt.issuer("https://backbone.local/issuer").audience("backbone-api").subject("m")
                .groups(Set.of("member")).claim("gym", "gym-a").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
        String wrongIssuer = Jwt.issuer("https://evil.example").audience("backbone-api").subject("m")
                .groups(Set.of("member")).claim("gym", "gym-a").sign();
        String wrongAudience = Jwt.issuer("https://backbone.local/issuer").audience("someone-else").subject("m")
                .groups(Set.of("member")).claim("gym", "gym-a").sign();
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreignKey = Jwt.issuer("https://backbone.local/issuer").audience("backbone-api").subject("m")
                .groups(Set.of("member")).claim("gym", "gym-a").sign(generator.generateKeyPair().getPrivate());
        for (String token : new String[]{expired, wrongIssuer, wrongAudience, foreignKey}) {
            given().auth().oauth2(token).get("/api/v1/exercises").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"https://backbone.local/issuer\",\"aud\":\"backbone-api\","
                + "\"sub\":\"m\",\"groups\":[\"platform-admin\"],\"gym\":\"gym-a\",\"exp\":"
                + (Instant.now().getEpochSecond() + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(header + "." + claims + ".").get("/api/v1/exercises").then().statusCode(401);
    }

    @Test
    void aMemberMayNotAddExercises() {
        given().auth().oauth2(token("member-1", "member", "gym-a")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/exercises").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void devTokenRequestsAreValidated() {
        given().contentType(ContentType.JSON).body("{\"sub\": \"x\", \"groups\": [\"wizard\"], \"gym\": \"gym-a\"}")
                .post("/dev/tokens").then().statusCode(400).body("errors[0].field", equalTo("groups"));
        given().contentType(ContentType.JSON).body("{\"sub\": \"x\", \"groups\": [\"member\"]}")
                .post("/dev/tokens").then().statusCode(400).body("errors[0].field", equalTo("gym"));
    }
}
