package io.backbone.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.support.problem.ProblemException;
import jakarta.ws.rs.core.Response;

/** A service's relayed answer read as JSON, for the gateway's own compositions; a body that does not parse is a 502. */
final class RelayedJson {

    private RelayedJson() {
    }

    static JsonNode read(ObjectMapper mapper, Response answer) {
        try {
            return mapper.readTree((String) answer.getEntity());
        } catch (JsonProcessingException e) {
            throw ProblemException.badGateway("A service answered with JSON that does not parse");
        }
    }
}
