package io.backbone.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Every call to program-service goes through here: a timeout and a circuit breaker of its own;
 * reads are retried, writes never (a retried write could apply twice). A 4xx is an answer, not a
 * failure.
 */
@ApplicationScoped
public class ProgramCalls {

    @Inject
    Downstream downstream;

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ServiceFailed.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable", skipOn = ServiceFailed.class)
    public Response read(Supplier<Response> call) {
        return downstream.checked(call.get());
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable", skipOn = ServiceFailed.class)
    public Response write(Supplier<Response> call) {
        return downstream.checked(call.get());
    }

    Response unavailable(Supplier<Response> call) {
        return downstream.unavailable("programme service");
    }
}
