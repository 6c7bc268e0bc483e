package io.backbone.gateway.client;

import io.backbone.support.rest.Tenancy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.io.InputStream;

/** progress-service's internal API. Bodies pass through unparsed: the service validates them. */
@RegisterRestClient(configKey = "progress")
@Produces(MediaType.APPLICATION_JSON)
public interface ProgressClient extends DeadLetterClient {

    /** {@code kind}: sessions, pain-reports or outcome-measures. */
    @POST
    @Path("/members/{memberId}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response log(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId,
                 @PathParam("kind") String kind, String body);

    @GET
    @Path("/members/{memberId}/{kind}")
    Response history(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId,
                     @PathParam("kind") String kind, @QueryParam("page") String page, @QueryParam("size") String size);

    @GET
    @Path("/members/{memberId}/progress")
    Response progress(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId);

    @GET
    @Path("/members/progress")
    Response summaries(@HeaderParam(Tenancy.GYM_HEADER) String gym, @QueryParam("ids") String ids);

    /** {@code report}: adherence or outcomes. */
    @GET
    @Path("/analytics/{report}")
    Response analytics(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("report") String report,
                       @QueryParam("program") String program, @QueryParam("enrolmentMonth") String enrolmentMonth,
                       @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/analytics/export")
    @Produces({"text/csv", "application/x-ndjson", "application/problem+json"})
    Response export(@HeaderParam(Tenancy.GYM_HEADER) String gym, @QueryParam("format") String format);

    @GET
    @Path("/analytics/export")
    @Produces({"text/csv", "application/x-ndjson"})
    InputStream exportStream(@HeaderParam(Tenancy.GYM_HEADER) String gym, @QueryParam("format") String format);
}
