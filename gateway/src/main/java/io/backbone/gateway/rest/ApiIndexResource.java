package io.backbone.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** The entry point of the public API: where to read the contract. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ApiIndexResource {

    @GET
    public Map<String, String> index() {
        return Map.of("openapi", "/q/openapi", "docs", "/q/swagger-ui", "version", "v1");
    }
}
