package io.backbone.program.rest;

import io.backbone.program.catalog.KnownExercise;
import io.backbone.program.catalog.KnownExerciseRepository;
import io.backbone.support.problem.ProblemException;
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
    KnownExerciseRepository known;

    @GET
    @Path("/{id}")
    @Operation(summary = "The latest exercise-changed event seen for an exercise")
    public KnownExercise get(@PathParam("id") String id, @HeaderParam("X-Backbone-Gym") String gym) {
        KnownExercise found = gym == null ? null : known.findById(KnownExercise.key(gym, id));
        if (found == null) {
            found = known.findById(KnownExercise.key(null, id));
        }
        if (found == null) {
            throw ProblemException.notFound("Exercise '" + id + "'");
        }
        return found;
    }
}
