package io.backbone.program.rest;

import io.backbone.program.mapping.IntakeRequest;
import io.backbone.program.mapping.IntakeView;
import io.backbone.program.mapping.MemberRequest;
import io.backbone.program.mapping.MemberView;
import io.backbone.program.mapping.OverrideRequest;
import io.backbone.program.mapping.ProgramView;
import io.backbone.program.mapping.RevisionView;
import io.backbone.program.service.MemberService;
import io.backbone.program.service.ProgramService;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** Internal API: members, their intake and their programme, inside the gym of {@value Tenancy#GYM_HEADER}. */
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    MemberService members;
    @Inject
    ProgramService programs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol a member")
    public Response enrol(@HeaderParam(Tenancy.GYM_HEADER) String gym, @NotNull @Valid MemberRequest request) {
        MemberView member = members.enrol(Tenancy.requireGym(gym), request.displayName());
        return Response.created(URI.create("/members/" + member.id())).entity(member).build();
    }

    @GET
    @Operation(summary = "The gym's members, oldest enrolment first")
    public Page<MemberView> list(@HeaderParam(Tenancy.GYM_HEADER) String gym, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return members.list(Tenancy.requireGym(gym), QueryParams.intInRange("page", page, 0, 100_000, 0),
                QueryParams.intInRange("size", size, 1, 100, 20));
    }

    @GET
    @Path("/{memberId}")
    public MemberView get(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId) {
        return members.get(Tenancy.requireGym(gym), memberId);
    }

    @PUT
    @Path("/{memberId}/intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Intake and safety screening; a red flag refers the member instead of starting a programme")
    public IntakeView intake(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId,
                             @NotNull @Valid IntakeRequest request) {
        return programs.submitIntake(Tenancy.requireGym(gym), memberId, request);
    }

    @POST
    @Path("/{memberId}/program")
    @Operation(summary = "Generate (or regenerate) the programme from the intake; a referral when a red flag was reported")
    public Response generate(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId) {
        ProgramView program = programs.generate(Tenancy.requireGym(gym), memberId);
        return Response.status("referred".equals(program.status()) ? 200 : 201).entity(program).build();
    }

    @GET
    @Path("/{memberId}/program")
    @Operation(summary = "The current programme (or referral)")
    public ProgramView program(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId) {
        return programs.current(Tenancy.requireGym(gym), memberId);
    }

    @GET
    @Path("/{memberId}/program/revisions")
    @Operation(summary = "Every revision with its reason in words and what changed, oldest first")
    public List<RevisionView> revisions(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId) {
        return programs.revisions(Tenancy.requireGym(gym), memberId);
    }

    @POST
    @Path("/{memberId}/program/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A coach pins, unpins or swaps an exercise, with a reason; kept across later adaptations")
    public ProgramView override(@HeaderParam(Tenancy.GYM_HEADER) String gym, @PathParam("memberId") String memberId,
                                @NotNull @Valid OverrideRequest request) {
        return programs.override(Tenancy.requireGym(gym), memberId, request);
    }
}
