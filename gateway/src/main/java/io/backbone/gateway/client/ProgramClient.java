package io.backbone.gateway.client;

import io.backbone.support.rest.Tenancy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** program-service's internal API. Bodies pass through unparsed: the service validates them. */
@RegisterRestClient(configKey = "program")
@Produces(MediaType.APPLICATION_JSON)
public interface ProgramClient extends DeadLetterClient {

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_JSON)
    Response enrol(@HeaderParam(Tenancy.GYM_HEADER) String gym, String body);

    @GET
    @Path("/members")
    Response members(@HeaderParam(Tenancy.GYM_HEADER) String gym, @QueryParam("page") String page, @QueryParam("size") String size);

    @GET
    @Path("/members/{memberId}")
    Response member(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId);

    @PUT
    @Path("/members/{memberId}/intake")
    @Consumes(MediaType.APPLICATION_JSON)
    Response intake(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId, String body);

    @POST
    @Path("/members/{memberId}/program")
    Response generate(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId);

    @GET
    @Path("/members/{memberId}/program")
    Response program(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId);

    @GET
    @Path("/members/{memberId}/program/revisions")
    Response revisions(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId);

    @POST
    @Path("/members/{memberId}/program/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    Response override(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId, String body);

    @GET
    @Path("/vocabulary")
    Response vocabulary();
}
