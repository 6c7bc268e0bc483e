package io.backbone.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's internal API. Responses are passed through, error statuses included. */
@RegisterRestClient(configKey = "catalog")
@Path("/exercises")
public interface CatalogClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response search(@HeaderParam("X-Backbone-Gym") String gym, @jakarta.ws.rs.BeanParam SearchQuery query);

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Response get(@HeaderParam("X-Backbone-Gym") String gym, @PathParam("id") String id,
                 @HeaderParam("If-None-Match") String ifNoneMatch);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response create(@HeaderParam("X-Backbone-Gym") String gym, String exercise);

    /** The query parameters a search passes on, unchanged: catalog-service validates them. */
    class SearchQuery {
        @jakarta.ws.rs.QueryParam("q") public String q;
        @jakarta.ws.rs.QueryParam("region") public String region;
        @jakarta.ws.rs.QueryParam("category") public String category;
        @jakarta.ws.rs.QueryParam("position") public String position;
        @jakarta.ws.rs.QueryParam("difficulty") public String difficulty;
        @jakarta.ws.rs.QueryParam("minDifficulty") public String minDifficulty;
        @jakarta.ws.rs.QueryParam("maxDifficulty") public String maxDifficulty;
        @jakarta.ws.rs.QueryParam("equipment") public java.util.List<String> equipment;
        @jakarta.ws.rs.QueryParam("excludeKneeling") public String excludeKneeling;
        @jakarta.ws.rs.QueryParam("excludeFloor") public String excludeFloor;
        @jakarta.ws.rs.QueryParam("sort") public String sort;
        @jakarta.ws.rs.QueryParam("page") public String page;
        @jakarta.ws.rs.QueryParam("size") public String size;
    }
}
