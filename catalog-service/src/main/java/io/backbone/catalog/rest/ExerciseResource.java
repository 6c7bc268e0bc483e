package io.backbone.catalog.rest;

import io.backbone.catalog.config.CatalogConfig;
import io.backbone.catalog.domain.Exercise;
import io.backbone.catalog.domain.SearchCriteria;
import io.backbone.catalog.domain.Vocabulary.Category;
import io.backbone.catalog.domain.Vocabulary.Position;
import io.backbone.catalog.domain.Vocabulary.Region;
import io.backbone.catalog.mapping.ExerciseView;
import io.backbone.catalog.service.CatalogService;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.Page;
import io.backbone.support.rest.QueryParams;
import io.backbone.support.rest.Tenancy;
import io.backbone.vocabulary.Equipment;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Internal API of the exercise catalog (the gateway fronts it). The caller's gym arrives in
 * {@value Tenancy#GYM_HEADER}, set by the gateway from the verified token, never by an end user.
 */
@Path("/exercises")
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {

    @Inject
    CatalogService catalog;
    @Inject
    CatalogConfig config;

    @GET
    @Operation(summary = "Search the exercises a gym can see: the global library and its own")
    public Page<ExerciseView> search(
            @QueryParam("q") @Parameter(description = "words in the name, aliases, cues or summary (stemmed, one typo allowed)") String q,
            @QueryParam("region") String region,
            @QueryParam("category") String category,
            @QueryParam("position") String position,
            @QueryParam("difficulty") String difficulty,
            @QueryParam("minDifficulty") String minDifficulty,
            @QueryParam("maxDifficulty") String maxDifficulty,
            @QueryParam("equipment") @Parameter(description = "what the member has, comma-separated or repeated; 'none' for nothing") List<String> equipment,
            @QueryParam("excludeKneeling") String excludeKneeling,
            @QueryParam("excludeFloor") String excludeFloor,
            @QueryParam("sort") @Parameter(description = "name, -name, difficulty or -difficulty; by default by relevance to q, or by name") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @HeaderParam(Tenancy.GYM_HEADER) String gym) {
        Integer exact = QueryParams.intInRange("difficulty", difficulty, 1, 5, null);
        int min = exact != null ? exact : QueryParams.intInRange("minDifficulty", minDifficulty, 1, 5, 1);
        int max = exact != null ? exact : QueryParams.intInRange("maxDifficulty", maxDifficulty, 1, 5, 5);
        if (min > max) {
            throw ProblemException.invalidField("minDifficulty", "must not exceed maxDifficulty");
        }
        SearchCriteria.Sort order = sort == null ? null : SearchCriteria.Sort.parse(sort); // none: by relevance to q, else by name
        if (sort != null && order == null) {
            throw ProblemException.invalidField("sort", "must be one of name, -name, difficulty, -difficulty");
        }
        SearchCriteria criteria = new SearchCriteria(q,
                QueryParams.enumValue("region", region, Region.class),
                QueryParams.enumValue("category", category, Category.class),
                QueryParams.enumValue("position", position, Position.class),
                min, max, available(equipment),
                QueryParams.bool("excludeKneeling", excludeKneeling),
                QueryParams.bool("excludeFloor", excludeFloor),
                order,
                QueryParams.intInRange("page", page, 0, 100_000, 0),
                QueryParams.intInRange("size", size, 1, config.maxPageSize(), config.defaultPageSize()));
        return catalog.search(criteria, gym);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One exercise with its ladder resolved; answers 304 to a matching If-None-Match")
    public Response get(@PathParam("id") String id, @HeaderParam(Tenancy.GYM_HEADER) String gym, @jakarta.ws.rs.core.Context Request request) {
        ExerciseView found = catalog.find(id, gym);
        EntityTag tag = etag(found);
        // the library changes only with a release; a gym's own can change any time, so it is revalidated
        String cache = found.gym == null ? "private, max-age=3600" : "private, no-cache";
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("Cache-Control", cache).build();
        }
        return Response.ok(catalog.withLadder(found)).tag(tag).header("Cache-Control", cache).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a gym's own exercise, visible only to that gym")
    public Response create(@Valid @NotNull Exercise exercise, @HeaderParam(Tenancy.GYM_HEADER) String gym,
                           @jakarta.ws.rs.core.Context UriInfo uri) {
        ExerciseView created = catalog.create(exercise.withEmptyListsForNull(), gym);
        return Response.created(URI.create(uri.getPath() + "/" + exercise.id))
                .tag(etag(created)).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a gym's own exercise; requires If-Match with the current ETag (412 when stale)")
    public Response update(@PathParam("id") String id, @Valid @NotNull Exercise exercise,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam(Tenancy.GYM_HEADER) String gym) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send If-Match with the ETag you last read, so no change is silently lost");
        }
        long expected;
        try {
            expected = Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match '" + ifMatch + "' is not an ETag of this exercise");
        }
        ExerciseView updated = catalog.update(id, exercise.withEmptyListsForNull(), gym, expected);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    private static EntityTag etag(ExerciseView exercise) {
        return new EntityTag(Long.toString(exercise.version));
    }

    private static Set<Equipment> available(List<String> equipment) {
        if (equipment == null || equipment.isEmpty()) {
            return null;
        }
        EnumSet<Equipment> has = EnumSet.noneOf(Equipment.class);
        for (String item : QueryParams.split(equipment)) {
            if (!"none".equals(item)) {
                has.add(QueryParams.enumValue("equipment", item, Equipment.class));
            }
        }
        return has;
    }
}
