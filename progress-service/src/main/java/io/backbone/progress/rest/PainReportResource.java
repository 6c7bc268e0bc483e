package io.backbone.progress.rest;

import io.backbone.progress.mapping.PainReportRequest;
import io.backbone.progress.mapping.PainReportView;
import io.backbone.progress.mapping.Recorded;
import io.backbone.progress.service.PainReportService;
import io.backbone.support.rest.Page;
import io.backbone.support.rest.QueryParams;
import io.backbone.support.rest.Tenancy;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;


@Path("/members/{memberId}/pain-reports")
@Produces(MediaType.APPLICATION_JSON)
public class PainReportResource {

    @Inject
    PainReportService reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report pain 0-10 with its context")
    public Response report(@PathParam("memberId") String memberId, @HeaderParam(Tenancy.GYM_HEADER) String gym,
                           @NotNull @Valid PainReportRequest request) {
        Recorded<PainReportView> reported = reports.report(Tenancy.requireGym(gym), Tenancy.requireId("Member", memberId), request);
        PainReportView view = reported.view();
        if (reported.replayed()) {
            return Response.ok(view).header(SessionResource.REPLAYED_HEADER, "true").build();
        }
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Operation(summary = "A member's pain reports, newest first")
    public Page<PainReportView> history(@PathParam("memberId") String memberId, @HeaderParam(Tenancy.GYM_HEADER) String gym,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        return reports.history(Tenancy.requireGym(gym), Tenancy.requireId("Member", memberId),
                QueryParams.intInRange("page", page, 0, 100_000, 0), QueryParams.intInRange("size", size, 1, 100, 20));
    }
}
