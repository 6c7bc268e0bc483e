package io.backbone.progress.rest;

import io.backbone.progress.mapping.Recorded;
import io.backbone.progress.mapping.SessionRequest;
import io.backbone.progress.mapping.SessionView;
import io.backbone.progress.service.SessionService;
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


@Path("/members/{memberId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** Set on a 200 answer to a submission whose idempotency id was already logged. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    SessionService sessions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a session: 201 when stored, 200 with the first result when the clientSessionId was logged before")
    public Response log(@PathParam("memberId") String memberId, @HeaderParam(Tenancy.GYM_HEADER) String gym,
                        @NotNull @Valid SessionRequest request) {
        Recorded<SessionView> logged = sessions.log(Tenancy.requireGym(gym), Tenancy.requireId("Member", memberId), request);
        SessionView view = logged.view();
        if (logged.replayed()) {
            return Response.ok(view).header(REPLAYED_HEADER, "true").build();
        }
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Operation(summary = "A member's sessions, newest first")
    public Page<SessionView> history(@PathParam("memberId") String memberId, @HeaderParam(Tenancy.GYM_HEADER) String gym,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        return sessions.history(Tenancy.requireGym(gym), Tenancy.requireId("Member", memberId),
                QueryParams.intInRange("page", page, 0, 100_000, 0), QueryParams.intInRange("size", size, 1, 100, 20));
    }
}
