package io.backbone.progress.rest;

import io.backbone.progress.domain.MemberProgress;
import io.backbone.progress.service.AnalyticsService;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.QueryParams;
import io.backbone.support.rest.Tenancy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    AnalyticsService analytics;

    @GET
    @Path("/{memberId}/progress")
    @Operation(summary = "Adherence per week and overall, streak, pain trend, outcome status and flags")
    public MemberProgress progress(@PathParam("memberId") String memberId, @HeaderParam(Tenancy.GYM_HEADER) String gym) {
        return analytics.member(Tenancy.requireGym(gym), Tenancy.requireId("Member", memberId));
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Summaries (no weekly detail) of up to 100 members, in the order asked: a coach's member list")
    public List<MemberProgress> summaries(@QueryParam("ids") @Parameter(description = "member ids, comma-separated or repeated") List<String> ids,
                                          @HeaderParam(Tenancy.GYM_HEADER) String gym) {
        List<String> memberIds = QueryParams.split(ids);
        if (memberIds.size() > 100) {
            throw ProblemException.invalidField("ids", "at most 100 members at a time");
        }
        for (String id : memberIds) {
            if (!id.matches(Tenancy.ID_PATTERN)) {
                throw ProblemException.invalidField("ids", "not a member id");
            }
        }
        return analytics.members(Tenancy.requireGym(gym), memberIds);
    }
}
