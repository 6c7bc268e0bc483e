package io.backbone.gateway.client;

import io.backbone.support.problem.ProblemMappers;
import io.backbone.support.rest.RequestIdFilter;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/**
 * What every service the gateway calls is told: the request's correlation id, and the public
 * prefix its paths sit under, so a problem's {@code instance} names the path the client called.
 */
@Provider
public class ForwardedHeaders implements ClientRequestFilter {

    static final String PUBLIC_PREFIX = "/api/v1";

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIdFilter.MDC_KEY);
        if (id != null) {
            request.getHeaders().putSingle(RequestIdFilter.HEADER, id.toString());
        }
        request.getHeaders().putSingle(ProblemMappers.PREFIX_HEADER, PUBLIC_PREFIX);
    }
}
