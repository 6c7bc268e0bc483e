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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.InputStream;

/** Cohort figures and the pseudonymised export of the caller's gym. Small cells are suppressed. */
@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "Cohort adherence and outcomes, and the pseudonymised export, for the caller's gym")
@SecurityRequirement(name = "jwt")
public class AnalyticsResource {

    private static final String SUPPRESSION = " Any figure describing fewer than 11 members (or revealing fewer than 11 by "
            + "subtraction from a wider cohort) is null and the report says suppressed.";

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
    @Operation(summary = "Cohort adherence", description = "Members, adherence median and quartiles, share meeting 80 %, "
            + "dropout (no session for 14 days), and a weekly series. Filters: program (relief, prevention, "
            + "back-to-training), enrolmentMonth (yyyy-MM), from and to (yyyy-MM-dd; default the last 12 weeks)." + SUPPRESSION)
    public Response adherence(@QueryParam("program") String program, @QueryParam("enrolmentMonth") String enrolmentMonth,
                              @QueryParam("from") String from, @QueryParam("to") String to) {
        String gym = caller.gym();
        return downstream.progress().read(() -> progress.analytics(gym, "adherence", program, enrolmentMonth, from, to));
    }

    @GET
    @Path("/outcomes")
    @RolesAllowed({Roles.ANALYST, Roles.GYM_ADMIN})
    @Operation(summary = "Cohort outcomes", description = "Pain change (median, quartiles, distribution), NRS responder "
            + "rate (−2 points and −30 %), ODI responder rate (−10 points), recovered rate (NRS 0 and RMDQ ≤ 2). Same "
            + "filters as adherence." + SUPPRESSION)
    public Response outcomes(@QueryParam("program") String program, @QueryParam("enrolmentMonth") String enrolmentMonth,
                             @QueryParam("from") String from, @QueryParam("to") String to) {
        String gym = caller.gym();
        return downstream.progress().read(() -> progress.analytics(gym, "outcomes", program, enrolmentMonth, from, to));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/x-ndjson", "application/problem+json"})
    @RolesAllowed({Roles.ANALYST})
    @Operation(summary = "Pseudonymised export", description = "One row per member-week, streamed: format=csv (default) or "
            + "ndjson. Members appear as a keyed hash per gym; no names or contact data. Rows of members whose programme "
            + "track and enrolment month group has fewer than 11 members are left out. Columns are documented in "
            + "docs/export.md.")
    public Response export(@QueryParam("format") @Parameter(description = "csv or ndjson") String format) {
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
