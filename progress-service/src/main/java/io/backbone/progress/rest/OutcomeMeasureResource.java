package io.backbone.progress.rest;

import io.backbone.progress.mapping.OutcomeMeasureRequest;
import io.backbone.progress.mapping.OutcomeMeasureView;
import io.backbone.progress.mapping.Recorded;
import io.backbone.progress.service.OutcomeMeasureService;
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


@Path("/members/{memberId}/outcome-measures")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeMeasureResource {

    @Inject
    OutcomeMeasureService measures;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an ODI or RMDQ questionnaire; the answer carries its score and band")
    public Response record(@PathParam("memberId") String memberId, @HeaderParam(Tenancy.GYM_HEADER) String gym,
                           @NotNull @Valid OutcomeMeasureRequest request) {
        Recorded<OutcomeMeasureView> recorded = measures.record(Tenancy.requireGym(gym), Tenancy.requireId("Member", memberId), request);
        OutcomeMeasureView view = recorded.view();
        if (recorded.replayed()) {
            return Response.ok(view).header(SessionResource.REPLAYED_HEADER, "true").build();
        }
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Operation(summary = "A member's questionnaires, newest first")
    public Page<OutcomeMeasureView> history(@PathParam("memberId") String memberId, @HeaderParam(Tenancy.GYM_HEADER) String gym,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return measures.history(Tenancy.requireGym(gym), Tenancy.requireId("Member", memberId),
                QueryParams.intInRange("page", page, 0, 100_000, 0), QueryParams.intInRange("size", size, 1, 100, 20));
    }
}
