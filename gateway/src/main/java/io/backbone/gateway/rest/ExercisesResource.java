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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "The exercise library and the gym's own exercises")
@SecurityRequirement(name = "jwt")
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
    @Operation(summary = "Search exercises",
            description = "The global library plus the caller's gym's own exercises. Filters: q (text in name, aliases, cues), "
                    + "region, category, position, difficulty or minDifficulty/maxDifficulty (1-5), equipment (what the member "
                    + "has; an exercise matches only if everything it needs is listed; 'none' for nothing), excludeKneeling, "
                    + "excludeFloor, sort (name, -name, difficulty, -difficulty). Paged: page from 0, size 1-100 (default 20; "
                    + "more is a 400). Answers {items, page, size, total}.")
    public Response search(@BeanParam CatalogClient.SearchQuery query) {
        String gym = caller.gym();
        return downstream.catalog().read(() -> catalog.search(gym, query));
    }

    @GET
    @Path("/{exerciseId}")
    @RolesAllowed({Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN, Roles.ANALYST, Roles.PARTNER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "One exercise", description = "Cues, common mistakes, dosage, and its ladder: regressions and "
            + "progressions, nearest first. Carries an ETag; If-None-Match answers 304 when unchanged.")
    public Response get(@PathParam("exerciseId") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        String gym = caller.gym();
        return downstream.catalog().read(() -> catalog.get(gym, id, ifNoneMatch));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.GYM_ADMIN})
    @Operation(summary = "Add a gym-specific exercise", description = "Visible only to the caller's gym. Ladder links "
            + "(regression, progression) must name existing exercises and must not loop.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "gym exercise", value = "{\"id\":\"wall-sit-hold\","
            + "\"name\":\"Wall sit hold\",\"summary\":\"Sit against a wall with knees bent to build leg endurance.\","
            + "\"instructions\":[\"Lean your back on a wall\",\"Slide down until knees are bent\"],\"cues\":[\"Back flat on "
            + "the wall\"],\"mistakes\":[{\"mistake\":\"Knees past toes\",\"why\":\"loads the knees, not the hips\"}],"
            + "\"category\":\"strength\",\"regions\":[\"hip-extension\"],\"intent\":[{\"joint\":\"hip\",\"aim\":\"stabilise\"}],"
            + "\"equipment\":[\"wall\"],\"position\":\"standing\",\"difficulty\":2,\"dosage\":{\"sets\":3,\"holdSeconds\":30,"
            + "\"perSide\":false,\"restSeconds\":45,\"sessionsPerWeek\":3},\"regression\":\"glute-bridge\"}")))
    public Response create(String exercise) {
        String gym = caller.gym();
        return downstream.catalog().write(() -> catalog.create(gym, exercise));
    }
}
