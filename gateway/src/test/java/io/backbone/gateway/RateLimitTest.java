package io.backbone.gateway;

import io.backbone.testing.ContractEnforced;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@ExtendWith(ContractEnforced.class)
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backbone.gateway.rate-limit.per-second", "0.5", "backbone.gateway.rate-limit.burst", "3");
        }
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndOthersAreUnaffected() {
        String busy = PublicApiSuiteTest.token("busy-client", "analyst");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(busy).get("/api/v1/exercises").then().statusCode(503); // admitted; no catalog in tests
        }
        given().auth().oauth2(busy).get("/api/v1/exercises").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429)).header("Retry-After", notNullValue());
        given().auth().oauth2(PublicApiSuiteTest.token("quiet-client", "analyst")).get("/api/v1/exercises").then().statusCode(503);
    }
}
