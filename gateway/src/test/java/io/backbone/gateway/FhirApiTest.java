package io.backbone.gateway;

import io.backbone.testing.ContractEnforced;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The FHIR routes' own rules, which need no service behind the gateway: content negotiation, the
 * Bulk Data kick-off and its signed, per-gym job ids. The bundles themselves are checked in
 * FhirRecordTest and end to end.
 */
@QuarkusTest
@ExtendWith(ContractEnforced.class)
class FhirApiTest {

    static String token(String sub, String role, String gym) {
        return Jwt.issuer("https://backbone.local/issuer").audience("backbone-api").subject(sub).groups(Set.of(role))
                .claim("gym", gym).sign();
    }

    @Test
    void aRecordInAFormatTheEndpointCannotGiveIs406() {
        given().auth().oauth2(token("coach-1", "coach", "gym-f")).accept("application/fhir+xml")
                .get("/api/v1/members/m-1/fhir").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void aBulkExportIsKickedOffAsynchronouslyAndItsJobBelongsToItsGym() {
        String analyst = token("analyst-1", "analyst", "gym-f");
        given().auth().oauth2(analyst).get("/api/v1/fhir/$export").then().statusCode(400)
                .body("errors[0].field", equalTo("Prefer"));
        given().auth().oauth2(analyst).header("Prefer", "respond-async").queryParam("_type", "Encounter")
                .get("/api/v1/fhir/$export").then().statusCode(400).body("errors[0].field", equalTo("_type"));
        String status = given().auth().oauth2(analyst).header("Prefer", "respond-async")
                .get("/api/v1/fhir/$export").then().statusCode(202).extract().header("Content-Location");
        assertThat(status).contains("/api/v1/fhir/$export-status/");
        String path = status.substring(status.indexOf("/api/v1"));

        given().auth().oauth2(analyst).get(path).then().statusCode(200).body("requiresAccessToken", equalTo(true))
                .body("output", hasSize(2)).body("output.type", hasItem("Patient"))
                .body("output[0].url", endsWith(".ndjson")).body("error", hasSize(0));
        // another gym's analyst, or an id not signed by the platform, finds nothing there
        given().auth().oauth2(token("analyst-2", "analyst", "gym-g")).get(path).then().statusCode(404);
        given().auth().oauth2(analyst).get(path.substring(0, path.length() - 3) + "abc").then().statusCode(404);
        given().auth().oauth2(token("coach-1", "coach", "gym-f")).get(path).then().statusCode(403);
    }
}
