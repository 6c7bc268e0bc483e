package io.backbone.gateway.client;

import jakarta.ws.rs.core.Response;

/** Ends a request with a service's (already relayed) answer, e.g. a 503 with Retry-After. */
public class Relayed extends RuntimeException {
    public final transient Response response;

    public Relayed(Response response) {
        super("relayed " + response.getStatus(), null, false, false);
        this.response = response;
    }
}
