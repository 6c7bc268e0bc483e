package io.backbone.gateway.rest;

import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.client.ProgressClient;
import io.backbone.gateway.security.Caller;
import io.backbone.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.InputStream;

/** Cohort figures and the pseudonymised export of the caller's gym. Small cells are suppressed. */
@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    @Inject
    Caller caller;
    @Inject
    @RestClient
    ProgressClient progress;
    @Inject
    Downstream downstream;

    @GET
    @Path("/adherence")
    @RolesAllowed({Roles.ANALYST, Roles.GYM_ADMIN})
    public Response adherence(@QueryParam("program") String program, @QueryParam("enrolmentMonth") String enrolmentMonth,
                              @QueryParam("from") String from, @QueryParam("to") String to) {
        String gym = caller.gym();
        return downstream.progress().read(() -> progress.analytics(gym, "adherence", program, enrolmentMonth, from, to));
    }

    @GET
    @Path("/outcomes")
    @RolesAllowed({Roles.ANALYST, Roles.GYM_ADMIN})
    public Response outcomes(@QueryParam("program") String program, @QueryParam("enrolmentMonth") String enrolmentMonth,
                             @QueryParam("from") String from, @QueryParam("to") String to) {
        String gym = caller.gym();
        return downstream.progress().read(() -> progress.analytics(gym, "outcomes", program, enrolmentMonth, from, to));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/x-ndjson", "application/problem+json"})
    @RolesAllowed({Roles.ANALYST})
    public Response export(@QueryParam("format") String format) {
        String gym = caller.gym();
        if (format != null && !format.equals("csv") && !format.equals("ndjson")) {
            return downstream.progress().read(() -> progress.export(gym, format)); // the service names the bad parameter
        }
        InputStream rows = downstream.progress().open(() -> progress.exportStream(gym, format), InputStream.class);
        boolean csv = format == null || format.equals("csv");
        StreamingOutput body = out -> {
            try (rows) {
                rows.transferTo(out);
            }
        };
        return Response.ok(body, csv ? "text/csv; charset=utf-8" : "application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"backbone-export." + (csv ? "csv" : "ndjson") + "\"")
                .build();
    }
}
