package io.backbone.catalog.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * The benchmark baseline: a bare Quarkus JSON endpoint in the same process, so catalog timings
 * are reported as a ratio to what HTTP + JSON alone cost on the same machine in the same run.
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
}
