package io.backbone.gateway.rest;

import io.backbone.support.problem.ProblemException;
import io.backbone.support.problem.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The security layer's refusals, answered as every other problem is. */
public class GatewayProblems {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.answer(ProblemException.unauthorized(
                "A valid bearer token is required: signed RS256, from the expected issuer and audience, not expired"), uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.answer(ProblemException.forbidden("Your role does not allow this operation"), uri, headers);
    }
}
