package io.backbone.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.client.ProgramClient;
import io.backbone.gateway.client.ProgressClient;
import io.backbone.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.HashMap;
import java.util.Map;

/**
 * A coach's page of members: program-service's members with progress-service's summary of each.
 * Without progress-service the list still answers, each member's progress then null.
 */
@ApplicationScoped
public class MemberListing {

    @Inject
    @RestClient
    ProgramClient program;
    @Inject
    @RestClient
    ProgressClient progress;
    @Inject
    Downstream downstream;
    @Inject
    ObjectMapper mapper;

    public Response page(String gym, String page, String size) {
        Response members = downstream.program().read(() -> program.members(gym, page, size));
        if (members.getStatus() != 200) {
            return members;
        }
        ObjectNode body = (ObjectNode) RelayedJson.read(mapper, members);
        ArrayNode items = (ArrayNode) body.get("items");
        if (items.isEmpty()) {
            return Response.ok(body).build();
        }
        StringBuilder ids = new StringBuilder();
        items.forEach(m -> ids.append(ids.length() == 0 ? "" : ",").append(m.get("id").asText()));
        Map<String, JsonNode> byId = new HashMap<>();
        try {
            Response summaries = downstream.progress().read(() -> progress.summaries(gym, ids.toString()));
            if (summaries.getStatus() == 200) {
                RelayedJson.read(mapper, summaries).forEach(s -> byId.put(s.get("memberId").asText(), s));
            }
        } catch (ProblemException unavailable) {
            // the members are still worth showing; their progress is null until progress-service is back
        }
        items.forEach(m -> ((ObjectNode) m).set("progress", byId.get(m.get("id").asText())));
        return Response.ok(body).build();
    }
}
