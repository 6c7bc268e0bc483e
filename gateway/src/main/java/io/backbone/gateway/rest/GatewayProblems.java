package io.backbone.gateway.rest;

import io.backbone.gateway.client.Relayed;
import io.backbone.gateway.client.ServiceFailed;
import io.backbone.support.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's own failures, in the one problem+json shape. */
public class GatewayProblems {

    @ServerExceptionMapper
    public Response serviceFailed(ServiceFailed e) {
        return problem(Problem.of(502, "Bad gateway", "A service failed to answer this request; it has been logged"));
    }

    @ServerExceptionMapper
    public Response relayed(Relayed e) {
        return e.response;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(problem(Problem.of(401, "Unauthorized",
                        "A valid bearer token is required: signed RS256, from the expected issuer and audience, not expired")))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.of(403, "Forbidden", "Your role does not allow this operation"));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
