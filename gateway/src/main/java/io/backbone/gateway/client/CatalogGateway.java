package io.backbone.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Calls to catalog-service with a timeout and a circuit breaker; reads are retried, writes
 * never (a retried create could create twice). A 4xx is an answer, not a failure: it does not
 * count against the circuit.
 */
@ApplicationScoped
public class CatalogGateway {

    @Inject
    @RestClient
    CatalogClient catalog;
    @Inject
    Downstream downstream;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ServiceFailed.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = Exception.class)
    @Fallback(fallbackMethod = "searchUnavailable", skipOn = ServiceFailed.class)
    public Response search(String gym, CatalogClient.SearchQuery query) {
        return checked(catalog.search(gym, query));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ServiceFailed.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "getUnavailable", skipOn = ServiceFailed.class)
    public Response get(String gym, String id, String ifNoneMatch) {
        return checked(catalog.get(gym, id, ifNoneMatch));
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "createUnavailable", skipOn = ServiceFailed.class)
    public Response create(String gym, String body) {
        return checked(catalog.create(gym, body));
    }

    Response searchUnavailable(String gym, CatalogClient.SearchQuery query) {
        return downstream.unavailable("exercise catalog");
    }

    Response getUnavailable(String gym, String id, String ifNoneMatch) {
        return downstream.unavailable("exercise catalog");
    }

    Response createUnavailable(String gym, String body) {
        return downstream.unavailable("exercise catalog");
    }

    private Response checked(Response response) {
        return downstream.checked(response);
    }
}
