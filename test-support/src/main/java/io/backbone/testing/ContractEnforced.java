package io.backbone.testing;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(ContractEnforced.class)}: every answer from {@code /api/v1} that the test
 * class receives through REST Assured is checked against the public API's OpenAPI document (the
 * gateway's {@code META-INF/openapi.yaml}, on the classpath). A drift fails the test that saw it.
 */
public final class ContractEnforced implements BeforeAllCallback {

    public static final String DOCUMENT = "META-INF/openapi.yaml";
    public static final String PREFIX = "/api/v1";
    private static OpenApiContract contract;

    public static synchronized OpenApiContract contract() {
        if (contract == null) {
            contract = OpenApiContract.fromClasspath(DOCUMENT);
            RestAssured.filters(contract.filter(PREFIX));
        }
        return contract;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        contract();
    }
}
