package io.backbone.program.rest;

import io.backbone.program.mapping.KnownExerciseView;
import io.backbone.program.service.CatalogSnapshots;
import io.backbone.support.rest.Tenancy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operational view: which version of an exercise program-service has heard of. */
@Path("/catalog-view/exercises")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogViewResource {

    @Inject
    CatalogSnapshots catalogs;

    @GET
    @Path("/{id}")
    @Operation(summary = "The latest exercise-changed event seen for an exercise")
    public KnownExerciseView get(@PathParam("id") String id, @HeaderParam(Tenancy.GYM_HEADER) String gym) {
        return catalogs.lastHeard(gym, id);
    }
}
