package io.backbone.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document as a test oracle: every answer a test receives from a documented
 * operation must be one the document describes (its status, its media type and, for JSON, its
 * schema). Written here because the usual validator (Atlassian's swagger-request-validator)
 * reads OpenAPI 3.0 only; 3.1 schemas are JSON Schema 2020-12, which networknt's validator
 * checks directly against the document's own components.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private record Route(Pattern path, String template, String method, JsonNode operation) {
    }

    private OpenApiContract(JsonNode document) {
        this.document = document;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = Pattern.compile("^" + path.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "$");
            path.getValue().fields().forEachRemaining(op -> routes.add(new Route(pattern, path.getKey(),
                    op.getKey().toLowerCase(Locale.ROOT), op.getValue())));
        }
        // a literal path wins over a template that also matches it
        routes.sort((a, b) -> Long.compare(a.template.chars().filter(c -> c == '{').count(),
                b.template.chars().filter(c -> c == '{').count()));
    }

    /** The document from the classpath (YAML or JSON). */
    public static OpenApiContract fromClasspath(String resource) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new OpenApiContract(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /**
     * What is wrong with one answer; empty when the document describes it, or when the document
     * has no such operation (nothing to check it against).
     */
    public List<String> check(String method, String path, int status, String contentType, String body) {
        Route route = routes.stream().filter(r -> r.method.equals(method.toLowerCase(Locale.ROOT))
                && r.path.matcher(path).matches()).findFirst().orElse(null);
        if (route == null) {
            return List.of();
        }
        String at = method.toUpperCase(Locale.ROOT) + " " + path + " → " + status;
        JsonNode responses = route.operation.path("responses");
        JsonNode response = responses.path(Integer.toString(status));
        if (response.isMissingNode()) {
            response = responses.path(status / 100 + "XX");
        }
        if (response.isMissingNode()) {
            response = responses.path("default");
        }
        if (response.isMissingNode()) {
            return List.of(at + ": status not documented for " + route.operation.path("operationId").asText());
        }
        response = resolve(response);
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body == null || body.isEmpty() ? List.of() : List.of(at + ": a body where the document has none");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            return List.of(at + ": media type '" + mediaType + "' not documented (" + fieldNames(content) + ")");
        }
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        if (!json || media.path("schema").isMissingNode()) {
            return List.of();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(at + ": not JSON: " + e.getMessage());
        }
        String key = route.method + " " + route.template + " " + status + " " + mediaType;
        JsonSchema schema = schemas.computeIfAbsent(key, k -> schema(media.path("schema")));
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(answer)) {
            problems.add(at + ": " + message.getMessage());
        }
        return problems;
    }

    /**
     * A REST Assured filter that fails the test when an answer from a documented operation under
     * {@code prefix} drifts from the document. Register it with {@code RestAssured.filters(...)}.
     */
    public Filter filter(String prefix) {
        return new Filter() {
            @Override
            public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                                   FilterContext context) {
                Response answer = context.next(request, response);
                String path = URI.create(request.getURI()).getPath();
                if (path.startsWith(prefix)) {
                    List<String> problems = check(request.getMethod(), path, answer.statusCode(), answer.contentType(),
                            answer.asString());
                    if (!problems.isEmpty()) {
                        throw new AssertionError("the answer drifts from the OpenAPI document:\n  "
                                + String.join("\n  ", problems) + "\nbody: " + abbreviate(answer.asString()));
                    }
                }
                return answer;
            }
        };
    }

    private JsonSchema schema(JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components")); // so that #/components/... resolves
        return factory.getSchema(root, config);
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.path("$ref").asText();
            node = document.at(ref.substring(1));
        }
        return node;
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
