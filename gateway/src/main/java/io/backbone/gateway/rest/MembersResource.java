package io.backbone.gateway.rest;

import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.client.ProgramClient;
import io.backbone.gateway.client.ProgressClient;
import io.backbone.gateway.security.Caller;
import io.backbone.gateway.security.MemberDirectory;
import io.backbone.gateway.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Members, their intake, programme and logs. The gym is the token's; a member acts only on
 * themselves; another gym's member, or another member, answers 404 as if it did not exist.
 */
@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Enrolment, intake and safety screening, programmes, logs and progress")
@SecurityRequirement(name = "jwt")
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GYM_ADMIN, Roles.COACH, Roles.PARTNER})
    @Operation(summary = "Enrol a member", description = "Enrols a member in the caller's gym. The answer adds id, gym and "
            + "enrolledAt. A gym in the body is rejected (400): the gym is always the token's.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "member", value = "{\"displayName\":\"Alex P.\"}")))
    public Response enrol(String body) {
        return downstream.program().write(() -> program.enrol(caller.gym(), body));
    }

    @GET
    @RolesAllowed({Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "The gym's members with adherence, pain trend and flags",
            description = "Paged (page from 0, size 1-100, default 20; more is a 400), oldest enrolment first. Each item: id, "
                    + "displayName, enrolledAt, and progress: adherence (overall, currentStreakWeeks), pain (baseline, latest, "
                    + "trend), flags (flare, dropping-out, referred).")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return listing.page(caller.gym(), page, size);
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "One member", description = "id, gym, displayName, enrolledAt." + STAFF_NOTE)
    public Response get(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return downstream.program().read(() -> program.member(caller.gym(), memberId));
    }

    @PUT
    @Path("/{memberId}/intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Intake and safety screening", description = "painNow 0-10, durationWeeks, redFlags, limitations, "
            + "equipment (codes from GET /api/v1/vocabulary), minutesPerSession 5-120, sessionsPerWeek 1-7, goal (relief, "
            + "prevention, back-to-training). Any red flag refers the member: the answer's screening names the answers that "
            + "caused it and advises seeing a clinician, and no programme is generated." + STAFF_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "intake", value = "{\"painNow\":4,\"durationWeeks\":20,"
            + "\"redFlags\":[],\"limitations\":[\"cannot-kneel\"],\"equipment\":[\"band\"],\"minutesPerSession\":20,"
            + "\"sessionsPerWeek\":3,\"goal\":\"relief\"}")))
    public Response intake(@PathParam("memberId") String memberId, String body) {
        caller.mayActOn(memberId, false);
        return downstream.program().write(() -> program.intake(caller.gym(), memberId, body));
    }

    @POST
    @Path("/{memberId}/program")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Generate (or regenerate) the programme", description = "From the intake and the gym's catalog: "
            + "a main session, a morning routine and a warm-up before gym work, each exercise with its dosage and the reason "
            + "it was chosen. 201 with the programme; 200 with status referred and a referral when the intake had a red "
            + "flag; 409 without an intake." + STAFF_NOTE)
    public Response generate(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return downstream.program().write(() -> program.generate(caller.gym(), memberId));
    }

    @GET
    @Path("/{memberId}/program")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "The current programme", description = "id, revision, status (active or referred), reason of the "
            + "latest revision, sessions with their exercises (exerciseId, dosage, reason, pinned)." + STAFF_NOTE)
    public Response program(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return downstream.program().read(() -> program.program(caller.gym(), memberId));
    }

    @GET
    @Path("/{memberId}/program/revisions")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Every revision of the programme", description = "Oldest first, each with its reason in plain "
            + "words, its cause (generated, adaptation, coach, intake) and what changed." + STAFF_NOTE)
    public Response revisions(@PathParam("memberId") String memberId) {
        caller.mayActOn(memberId, false);
        return downstream.program().read(() -> program.revisions(caller.gym(), memberId));
    }

    @POST
    @Path("/{memberId}/program/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Override an exercise", description = "A coach pins an exercise (adaptation leaves it alone), "
            + "unpins it, or swaps it for another, with a reason the member will read. Kept across later adaptations.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "swap", value = "{\"action\":\"swap\",\"exerciseId\":"
            + "\"dead-bug\",\"replacementId\":\"bird-dog\",\"reason\":\"Floor work is hard for you this month\"}")))
    public Response override(@PathParam("memberId") String memberId, String body) {
        return downstream.program().write(() -> program.override(caller.gym(), memberId, body));
    }

    @POST
    @Path("/{memberId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH, Roles.PARTNER})
    @Operation(summary = "Log a completed session", description = "Idempotent on clientSessionId: 201 when stored; the "
            + "same id again answers 200 with the first result (header Idempotent-Replayed: true) and stores nothing. "
            + "performedAt may not be in the future; exercises must belong to the member's programme." + STAFF_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "session", value = "{\"clientSessionId\":\"2026-11-20-am\","
            + "\"performedAt\":\"2026-11-20T07:30:00Z\",\"exercises\":[{\"exerciseId\":\"glute-bridge\",\"done\":true,"
            + "\"sets\":2,\"reps\":10},{\"exerciseId\":\"bird-dog\",\"done\":false}],\"rpe\":5,\"painDuring\":2}")))
    public Response logSession(@PathParam("memberId") String memberId, String body) {
        return log(memberId, "sessions", body, true);
    }

    @GET
    @Path("/{memberId}/sessions")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Session history", description = "Newest first; paged (page from 0, size 1-100)." + STAFF_NOTE)
    public Response sessions(@PathParam("memberId") String memberId, @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        return history(memberId, "sessions", page, size);
    }

    @POST
    @Path("/{memberId}/pain-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH, Roles.PARTNER})
    @Operation(summary = "Report pain", description = "rating 0-10, context (morning, after-session, during-day), "
            + "reportedAt, optional location and clientReportId (idempotency)." + STAFF_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "pain", value = "{\"rating\":3,\"context\":\"morning\","
            + "\"reportedAt\":\"2026-11-21T07:00:00Z\"}")))
    public Response reportPain(@PathParam("memberId") String memberId, String body) {
        return log(memberId, "pain-reports", body, true);
    }

    @GET
    @Path("/{memberId}/pain-reports")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Pain reports", description = "Newest first; paged (page from 0, size 1-100)." + STAFF_NOTE)
    public Response painReports(@PathParam("memberId") String memberId, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return history(memberId, "pain-reports", page, size);
    }

    @POST
    @Path("/{memberId}/outcome-measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Record a questionnaire", description = "instrument ODI (ten section scores 0-5, null where "
            + "unanswered, at least 8 answered) or RMDQ (24 booleans), completedAt. The answer adds the score (ODI in "
            + "percent) and, for ODI, its band (minimal, moderate, severe, crippled, bed-bound)." + STAFF_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "odi", value = "{\"instrument\":\"ODI\",\"answers\":"
            + "[2,1,3,2,null,1,2,0,1,2],\"completedAt\":\"2026-11-21T08:00:00Z\"}")))
    public Response recordOutcome(@PathParam("memberId") String memberId, String body) {
        return log(memberId, "outcome-measures", body, false);
    }

    @GET
    @Path("/{memberId}/outcome-measures")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Questionnaires", description = "Newest first; paged (page from 0, size 1-100)." + STAFF_NOTE)
    public Response outcomeMeasures(@PathParam("memberId") String memberId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return history(memberId, "outcome-measures", page, size);
    }

    @GET
    @Path("/{memberId}/progress")
    @RolesAllowed({Roles.MEMBER, Roles.GYM_ADMIN, Roles.COACH})
    @Operation(summary = "Adherence, pain trend and outcome status", description = "Adherence per week and overall "
            + "(completed ÷ prescribed, each week capped), current streak; pain baseline, latest, change and trend; "
            + "responder status (NRS −2 and −30 %, ODI −10), recovered (NRS 0 and RMDQ ≤ 2); flags." + STAFF_NOTE)
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
}
