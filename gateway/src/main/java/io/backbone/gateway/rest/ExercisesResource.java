package io.backbone.gateway.rest;

import io.backbone.gateway.client.CatalogClient;
import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.security.Caller;
import io.backbone.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
public class ExercisesResource {

    @Inject
    @RestClient
    CatalogClient catalog;
    @Inject
    Downstream downstream;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN, Roles.ANALYST, Roles.PARTNER, Roles.PLATFORM_ADMIN})
    public Response search(@BeanParam CatalogClient.SearchQuery query) {
        String gym = caller.gym();
        return downstream.catalog().read(() -> catalog.search(gym, query));
    }

    @GET
    @Path("/{exerciseId}")
    @RolesAllowed({Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN, Roles.ANALYST, Roles.PARTNER, Roles.PLATFORM_ADMIN})
    public Response get(@PathParam("exerciseId") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        String gym = caller.gym();
        return downstream.catalog().read(() -> catalog.get(gym, id, ifNoneMatch));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.GYM_ADMIN})
    public Response create(String exercise) {
        String gym = caller.gym();
        return downstream.catalog().write(() -> catalog.create(gym, exercise));
    }
}
