package io.backbone.gateway;

import io.backbone.testing.ContractEnforced;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@ExtendWith(ContractEnforced.class)
class GatewayBasicsTest {

    @Test
    void healthAndIndexAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1").then().statusCode(200).body("openapi", equalTo("/q/openapi"));
    }

    @Test
    void unknownRouteAndWrongMethodAreProblems() {
        given().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1").then().statusCode(405).contentType("application/problem+json");
    }
}
