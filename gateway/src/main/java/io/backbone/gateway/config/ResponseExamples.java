package io.backbone.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Puts an example answer on every operation of the OpenAPI document, from
 * {@code openapi/response-examples.json} (keyed by operation id), so partner apps see what comes
 * back, not only what to send. A test checks that every operation has one.
 */
public class ResponseExamples implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode examples;

    public ResponseExamples() {
        try (InputStream in = ResponseExamples.class.getClassLoader().getResourceAsStream("openapi/response-examples.json")) {
            examples = in == null ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        JsonNode byStatus = operation.getOperationId() == null ? null : examples.get(operation.getOperationId());
        if (byStatus == null || operation.getResponses() == null) {
            return operation;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = byStatus.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            APIResponse response = operation.getResponses().getAPIResponse(entry.getKey());
            if (response == null) {
                response = OASFactory.createAPIResponse().description("Success");
                operation.getResponses().addAPIResponse(entry.getKey(), response);
            }
            Object example = entry.getValue().isTextual() ? entry.getValue().asText() : JSON.convertValue(entry.getValue(), Object.class);
            String type = entry.getValue().isTextual() ? "text/csv" : "application/json";
            if (response.getContent() == null) {
                response.setContent(OASFactory.createContent());
            }
            MediaType media = response.getContent().getMediaType(type);
            if (media == null) {
                media = OASFactory.createMediaType();
                response.getContent().addMediaType(type, media);
            }
            media.setExample(example);
        }
        return operation;
    }
}
