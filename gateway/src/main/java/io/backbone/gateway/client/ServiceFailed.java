package io.backbone.gateway.client;

/** A service answered with a 5xx: counted by the circuit breaker, not retried, answered as a 502. */
public class ServiceFailed extends RuntimeException {
    public final int status;

    ServiceFailed(int status) {
        super("downstream answered " + status, null, false, false);
        this.status = status;
    }
}
