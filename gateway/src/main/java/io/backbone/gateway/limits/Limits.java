package io.backbone.gateway.limits;

import io.backbone.gateway.config.GatewayConfig;
import io.backbone.support.problem.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The public API's limits, before any work is done: a request body over the cap is a 413, and
 * a client over its rate (by token subject; by address before it has one) is a 429 with
 * Retry-After. Both in the one problem+json shape.
 */
public class Limits {

    // looked up per request: filters are created before the configuration mappings exist
    @Inject
    Provider<RateLimiter> limiter;
    @Inject
    Provider<GatewayConfig> configuration;
    @Inject
    CurrentIdentityAssociation identity;

    @ServerRequestFilter(preMatching = true)
    public Response bodyCap(ContainerRequestContext request) {
        GatewayConfig config = configuration.get();
        String length = request.getHeaderString("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > config.maxBodyBytes()) {
                    return problem(Problem.of(413, "Payload too large",
                            "Request bodies are limited to " + config.maxBodyBytes() + " bytes"), null);
                }
            } catch (NumberFormatException e) {
                return problem(Problem.of(400, "Bad request", "Content-Length is not a number"), null);
            }
        }
        return null;
    }

    @ServerRequestFilter
    public Uni<Response> rate(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return identity.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(who -> {
                    long wait = limiter.get().acquire(clientOf(who, address));
                    return wait == 0 ? null : problem(Problem.of(429, "Too many requests",
                            "Slow down: this client may make " + configuration.get().rateLimit().perSecond() + " requests a second"), wait);
                });
    }

    private static String clientOf(SecurityIdentity who, String address) {
        return who == null || who.isAnonymous() ? "address:" + address : "subject:" + who.getPrincipal().getName();
    }

    private static Response problem(Problem problem, Long retryAfter) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (retryAfter != null) {
            response.header("Retry-After", Math.max(1, retryAfter));
        }
        return response.build();
    }
}
