package io.backbone.program.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for catalog-service in program-service's own tests (WireMock on a free port): serves
 * the real shipped library, from the exercise-library artifact, in catalog-service's paged list
 * format. The real pair is exercised end to end in the e2e module.
 */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** As program-service asks for it: pages of 100. */
    private static final int PAGE_SIZE = 100;
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        ArrayNode exercises = (ArrayNode) library().get("exercises");
        exercises.forEach(e -> ((ObjectNode) e).put("version", 1));
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        int pages = (exercises.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        for (int page = 0; page <= pages; page++) {
            ArrayNode items = MAPPER.createArrayNode();
            for (int i = page * PAGE_SIZE; i < Math.min(exercises.size(), (page + 1) * PAGE_SIZE); i++) {
                items.add(exercises.get(i));
            }
            ObjectNode body = MAPPER.createObjectNode().put("page", page).put("size", PAGE_SIZE).put("total", exercises.size());
            body.set("items", items);
            server.stubFor(get(urlPathEqualTo("/exercises")).withQueryParam("page", equalTo(Integer.toString(page)))
                    .withQueryParam("size", equalTo(Integer.toString(PAGE_SIZE))).willReturn(okJson(body.toString())));
        }
        return Map.of("quarkus.rest-client.catalog.url", server.baseUrl());
    }

    private static ObjectNode library() {
        try (InputStream in = CatalogStub.class.getClassLoader().getResourceAsStream("library/exercises.json")) {
            if (in == null) {
                throw new IllegalStateException("library/exercises.json is not on the test classpath (exercise-library)");
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
