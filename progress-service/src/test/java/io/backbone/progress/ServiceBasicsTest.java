package io.backbone.progress;

import io.backbone.testing.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class ServiceBasicsTest {

    @Test
    void readinessIsTheDatabaseAndKafkaHasAGroupAndAGauge() {
        // readiness is the database; the broker is a group of its own (writes wait in the outbox while it is away)
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", not(hasItem(containsString("Kafka"))));
        given().get("/q/health/group/kafka").then().statusCode(200).body("checks.name", hasItem("Kafka broker"));
        await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("backbone_kafka_up 1.0")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void unknownRouteIsAProblem() {
        given().get("/nothing/here").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void metricsAndOpenApiAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
    }
}
