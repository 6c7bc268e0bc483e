package io.backbone.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The dead-letter admin API every consuming service serves (outbox's DeadLetterResource). */
public interface DeadLetterClient {

    /** What the service's consumers parked on their dead-letter topics. */
    @GET
    @Path("/admin/dead-letters")
    Response deadLetters(@QueryParam("limit") String limit);

    @POST
    @Path("/admin/dead-letters/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    Response replayDeadLetter(@PathParam("id") String id, String body);

    @POST
    @Path("/admin/dead-letters/replay")
    Response replayDeadLetters();
}
