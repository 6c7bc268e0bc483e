package io.backbone.gateway;

import io.backbone.testing.ContractEnforced;
import io.backbone.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The oracle every API test is checked by: it passes what the document says, and only that. */
class OpenApiContractTest {

    final OpenApiContract contract = ContractEnforced.contract();

    @Test
    void theDocumentsOwnExampleAnswersPass() {
        String example = contract.document().at("/paths/~1api~1v1~1members~1{memberId}/get/responses/200/content/"
                + "application~1json/example").toString();
        assertThat(example).contains("\"id\"");
        assertThat(contract.check("GET", "/api/v1/members/m-1", 200, "application/json", example)).isEmpty();
    }

    @Test
    void aDriftingAnswerIsCaught() {
        assertThat(contract.check("GET", "/api/v1/members/m-1", 200, "application/json", "{\"id\": 5}"))
                .as("wrong type, missing required fields").isNotEmpty();
        assertThat(contract.check("GET", "/api/v1/members/m-1", 418, "application/json", "{}"))
                .as("an undocumented status").isNotEmpty();
        assertThat(contract.check("GET", "/api/v1/members/m-1", 200, "text/plain", "hello"))
                .as("an undocumented media type").isNotEmpty();
        assertThat(contract.check("GET", "/api/v1/members/m-1", 404, "application/problem+json", "{\"status\": \"404\"}"))
                .as("a problem that is not one").isNotEmpty();
    }

    @Test
    void theServedDocumentIsOpenApi31() {
        assertThat(contract.document().path("openapi").asText()).startsWith("3.1");
        assertThat(contract.document().path("info").path("license").path("identifier").asText()).isNotBlank();
        assertThat(contract.document().path("servers").size()).isPositive();
    }
}
