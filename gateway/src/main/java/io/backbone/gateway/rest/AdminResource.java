package io.backbone.gateway.rest;

import io.backbone.gateway.client.DeadLetterClient;
import io.backbone.gateway.client.Downstream;
import io.backbone.gateway.client.ProgramClient;
import io.backbone.gateway.client.ProgressClient;
import io.backbone.gateway.client.ServiceCalls;
import io.backbone.gateway.security.Roles;
import io.backbone.support.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Operating the platform, for platform admins (across gyms): what each consuming service parked on
 * its dead-letter topics, and replaying it after a fix.
 */
@Path("/api/v1/admin/dead-letters/{service}")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final String PROGRAM = "program-service";

    @Inject
    @RestClient
    ProgramClient program;
    @Inject
    @RestClient
    ProgressClient progress;
    @Inject
    Downstream downstream;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN})
    public Response deadLetters(@PathParam("service") String service, @QueryParam("limit") String limit) {
        DeadLetterClient client = client(service);
        return calls(service).read(() -> client.deadLetters(limit));
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN})
    public Response replayDeadLetter(@PathParam("service") String service, @PathParam("id") String id, String body) {
        DeadLetterClient client = client(service);
        return calls(service).write(() -> client.replayDeadLetter(id, body));
    }

    @POST
    @Path("/replay")
    @RolesAllowed({Roles.PLATFORM_ADMIN})
    public Response replayDeadLetters(@PathParam("service") String service) {
        DeadLetterClient client = client(service);
        return calls(service).write(client::replayDeadLetters);
    }

    private DeadLetterClient client(String service) {
        return PROGRAM.equals(known(service)) ? program : progress;
    }

    private ServiceCalls calls(String service) {
        return PROGRAM.equals(known(service)) ? downstream.program() : downstream.progress();
    }

    /** The services whose consumers park records; catalog-service consumes nothing. */
    private static String known(String service) {
        if (!PROGRAM.equals(service) && !"progress-service".equals(service)) {
            throw ProblemException.notFound("Service '" + service + "' with dead letters");
        }
        return service;
    }
}
