package io.backbone.program.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Stands in for catalog-service in program-service's own tests: serves the real shipped library
 * (catalog-service's exercises.json) in catalog-service's list format. The real pair is exercised
 * end to end in the e2e module.
 */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            ArrayNode exercises = (ArrayNode) MAPPER.readTree(
                    Path.of("../catalog-service/src/main/resources/library/exercises.json").toFile()).get("exercises");
            exercises.forEach(e -> ((ObjectNode) e).put("version", 1));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/exercises", exchange -> {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                int page = Integer.parseInt(query.getOrDefault("page", "0"));
                int size = Integer.parseInt(query.getOrDefault("size", "20"));
                ArrayNode items = MAPPER.createArrayNode();
                for (int i = page * size; i < Math.min(exercises.size(), (page + 1) * size); i++) {
                    items.add(exercises.get(i));
                }
                ObjectNode body = MAPPER.createObjectNode().put("page", page).put("size", size).put("total", exercises.size());
                body.set("items", items);
                byte[] bytes = MAPPER.writeValueAsBytes(body);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the catalog stand-in", e);
        }
        return Map.of("quarkus.rest-client.catalog.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

}
