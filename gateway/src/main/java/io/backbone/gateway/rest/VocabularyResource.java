package io.backbone.gateway.rest;

import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.client.ProgramClient;
import io.backbone.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

    @Inject
    @RestClient
    ProgramClient program;
    @Inject
    Downstream downstream;

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN, Roles.ANALYST, Roles.PARTNER, Roles.PLATFORM_ADMIN})
    public Response vocabulary() {
        return downstream.program().read(() -> program.vocabulary());
    }
}
