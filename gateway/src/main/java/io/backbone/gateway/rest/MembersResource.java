package io.backbone.gateway.rest;

import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.client.ProgramClient;
import io.backbone.gateway.client.ProgressClient;
import io.backbone.gateway.security.Caller;
import io.backbone.gateway.security.MemberDirectory;
import io.backbone.gateway.security.Roles;
import io.backbone.gateway.service.FhirExport;
import io.backbone.gateway.service.MemberListing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Members, their intake, programme and logs. The gym is the token's; a member acts only on
 * themselves; another gym's member, or another member, answers 404 as if it did not exist.
 */
@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    private static final String STAFF_NOTE = " Gym staff (coach, gym-admin) may act on any member of their gym; a member "
            + "only on themselves (sub = member id). Another gym's member answers 404.";

    @Inject
    Caller caller;
    @Inject
    MemberDirectory directory;
    @Inject
    @RestClient
    ProgramClient program;
    @Inject
    @RestClient
    ProgressClient progress;
    @Inject
    Downstream downstream;
    @Inject
    MemberListing listing;
    @Inject
    FhirExport fhir;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GYM_ADMIN, Roles.COACH, Roles.PARTNER})
    public Response enrol(String body) {
        return downstream.program().write(() -> program.enrol(caller.gym(), body));
    }

    @GET
    @RolesAllowed({Roles.GYM_ADMIN, Roles.COACH})
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return listing.page(caller.gym(), page, size);
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response get(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return downstream.program().read(() -> program.member(caller.gym(), memberId));
    }

    @PUT
    @Path("/{memberId}/intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response intake(@PathParam("memberId") String memberId, String body) {
        caller.mayActOn(memberId, false);
        return downstream.program().write(() -> program.intake(caller.gym(), memberId, body));
    }

    @POST
    @Path("/{memberId}/program")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response generate(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return downstream.program().write(() -> program.generate(caller.gym(), memberId));
    }

    @GET
    @Path("/{memberId}/program")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response program(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return downstream.program().read(() -> program.program(caller.gym(), memberId));
    }

    @GET
    @Path("/{memberId}/program/revisions")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response revisions(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return downstream.program().read(() -> program.revisions(caller.gym(), memberId));
    }

    @POST
    @Path("/{memberId}/program/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GYM_ADMIN, Roles.COACH})
    public Response override(@PathParam("memberId") String memberId, String body) {
        return downstream.program().write(() -> program.override(caller.gym(), memberId, body));
    }

    @POST
    @Path("/{memberId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH, Roles.PARTNER})
    public Response logSession(@PathParam("memberId") String memberId, String body) {
        return log(memberId, "sessions", body, true);
    }

    @GET
    @Path("/{memberId}/sessions")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response sessions(@PathParam("memberId") String memberId, @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        return history(memberId, "sessions", page, size);
    }

    @POST
    @Path("/{memberId}/pain-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH, Roles.PARTNER})
    public Response reportPain(@PathParam("memberId") String memberId, String body) {
        return log(memberId, "pain-reports", body, true);
    }

    @GET
    @Path("/{memberId}/pain-reports")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response painReports(@PathParam("memberId") String memberId, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return history(memberId, "pain-reports", page, size);
    }

    @POST
    @Path("/{memberId}/outcome-measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response recordOutcome(@PathParam("memberId") String memberId, String body) {
        return log(memberId, "outcome-measures", body, false);
    }

    @GET
    @Path("/{memberId}/outcome-measures")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response outcomeMeasures(@PathParam("memberId") String memberId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return history(memberId, "outcome-measures", page, size);
    }

    @GET
    @Path("/{memberId}/progress")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    public Response memberProgress(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        String gym = caller.gym();
        directory.requireMember(gym, memberId);
        return downstream.progress().read(() -> progress.progress(gym, memberId));
    }

    private Response log(String memberId, String kind, String body, boolean partnerAllowed) {
        caller.mayActOn(memberId, partnerAllowed);
        String gym = caller.gym();
        directory.requireMember(gym, memberId);
        return downstream.progress().write(() -> progress.log(gym, memberId, kind, body));
    }

    private Response history(String memberId, String kind, String page, String size) {
        caller.mayActOn(memberId, false);
        String gym = caller.gym();
        directory.requireMember(gym, memberId);
        return downstream.progress().read(() -> progress.history(gym, memberId, kind, page, size));
    }

    @GET
    @Path("/{memberId}/fhir")
    @Produces(FhirExport.FHIR_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.COACH, Roles.GYM_ADMIN})
    public Response memberRecord(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return Response.ok(fhir.memberRecord(caller.gym(), memberId, caller.isStaff()), FhirExport.FHIR_JSON).build();
    }
}
