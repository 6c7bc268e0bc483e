package io.backbone.program.client;

import io.backbone.support.rest.Tenancy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's internal API: the exercises a gym can see, a page at a time. */
@RegisterRestClient(configKey = "catalog")
@Path("/exercises")
public interface CatalogClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    CatalogPage page(@HeaderParam(Tenancy.GYM_HEADER) String gym, @QueryParam("page") int page, @QueryParam("size") int size);
}
