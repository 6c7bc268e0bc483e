package io.backbone.support.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * The benchmark baseline: bare Quarkus JSON endpoints in the same process, so a service's timings
 * are reported as a ratio to what HTTP + JSON alone cost on the same machine in the same run.
 * Stores nothing and reads nothing.
 */
@Path("/bench/baseline")
public class BaselineResource {

    private static final Map<String, Object> BODY = Map.of(
            "id", "baseline", "name", "Bare JSON", "cues", List.of("one", "two", "three"), "difficulty", 1);

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Benchmark baseline: constant JSON, no database")
    public Map<String, Object> baseline() {
        return BODY;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Benchmark baseline for writes: parses the JSON body, stores nothing")
    public Response accept(JsonNode body) {
        return Response.status(201).entity(Map.of("fields", body == null ? 0 : body.size())).build();
    }
}
