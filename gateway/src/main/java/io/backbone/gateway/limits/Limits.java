package io.backbone.gateway.limits;

import io.backbone.gateway.config.GatewayConfig;
import io.backbone.support.problem.ProblemException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.math.BigDecimal;

/**
 * The public API's limits, before any work is done: a request body over the cap is a 413, and
 * a client over its rate (by token subject; by address before it has one) is a 429 with
 * Retry-After. Both thrown as problems, answered like every other.
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
    public void bodyCap(ContainerRequestContext request) {
        GatewayConfig config = configuration.get();
        String length = request.getHeaderString("Content-Length");
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("Content-Length", "must be a number of bytes");
            }
            if (bytes > config.maxBodyBytes()) {
                throw ProblemException.payloadTooLarge("Request bodies are limited to " + config.maxBodyBytes() + " bytes");
            }
        }
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
                    if (wait > 0) {
                        throw ProblemException.tooManyRequests("Slow down: this client may make "
                                + BigDecimal.valueOf(configuration.get().rateLimit().perSecond()).stripTrailingZeros().toPlainString()
                                + " requests a second", wait);
                    }
                    return null;
                });
    }

    private static String clientOf(SecurityIdentity who, String address) {
        return who == null || who.isAnonymous() ? "address:" + address : "subject:" + who.getPrincipal().getName();
    }
}
