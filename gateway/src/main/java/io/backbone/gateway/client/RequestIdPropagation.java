package io.backbone.gateway.client;

import io.backbone.support.rest.RequestIdFilter;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/** Passes the request's correlation id to every service the gateway calls. */
@Provider
public class RequestIdPropagation implements ClientRequestFilter {
    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIdFilter.MDC_KEY);
        if (id != null) {
            request.getHeaders().putSingle(RequestIdFilter.HEADER, id.toString());
        }
    }
}
