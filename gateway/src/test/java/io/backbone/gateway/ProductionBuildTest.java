package io.backbone.gateway;

import io.backbone.testing.ContractEnforced;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Built as deploy/build-prod builds it: the local issuer is not there at all, even with its flag on. */
@QuarkusTest
@ExtendWith(ContractEnforced.class)
@TestProfile(ProductionBuildTest.WithoutLocalIssuer.class)
class ProductionBuildTest {

    public static class WithoutLocalIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backbone.dev-issuer.included", "false");
        }
    }

    @Test
    void noKeyIsPackagedInAnyBuild() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            assertThat(files.map(Path::toString).filter(name -> name.endsWith(".pem") || name.endsWith(".key")))
                    .as("key files among the gateway's classes").isEmpty();
        }
    }

    @Test
    void thereIsNoTokenEndpoint() {
        given().contentType(ContentType.JSON).body("{\"sub\":\"x\",\"groups\":[\"platform-admin\"],\"gym\":\"gym-a\"}")
                .post("/dev/tokens").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1").then().statusCode(200);
    }
}
