package io.backbone.gateway.client;

import io.backbone.support.problem.ProblemException;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every call to one downstream service: a timeout and a circuit breaker of the service's own;
 * reads are retried, writes never (a retried write could apply twice). A 4xx is an answer and
 * passes through; a 5xx counts against the circuit and is a 502; a service that does not answer
 * in time, refuses the connection or has its circuit open is a 503 with Retry-After, at once.
 * Each failure is logged with the service's name.
 *
 * <p>Programmatic guards (SmallRye Fault Tolerance's {@link Guard}) rather than annotations, so
 * that one class serves every service and each instance still has circuit breakers of its own.
 */
public final class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);
    /** How long a stream may take to start: the connection and its first byte. */
    static final Duration STREAM_START = Duration.ofSeconds(60);
    /** The services' headers a client may rely on; nothing else (no internal host names) leaks out. */
    static final List<String> PASSED_ON = List.of("ETag", "Cache-Control", "Location", "Idempotent-Replayed",
            "Retry-After", "Content-Disposition");

    private final String service;
    private final String baseUrl;
    private final String whatItIs;
    private final long retryAfterSeconds;
    private final Guard reads;
    private final Guard writes;
    private final Guard streams;

    /**
     * @param service  its name in logs and circuit-breaker metrics, e.g. "catalog-service"
     * @param whatItIs what a client reads in a 503, e.g. "exercise catalog"
     */
    public ServiceCalls(String service, String baseUrl, String whatItIs, long retryAfterSeconds, Duration readTimeout,
                        Duration writeTimeout) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.whatItIs = whatItIs;
        this.retryAfterSeconds = retryAfterSeconds;
        this.reads = Guard.create().withDescription(service + " reads")
                .withTimeout().duration(readTimeout.toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(2).delay(100, ChronoUnit.MILLIS).abortOn(ServiceFailed.class).done()
                .withCircuitBreaker().name(service + "-reads").requestVolumeThreshold(10).failureRatio(0.5)
                .delay(5, ChronoUnit.SECONDS).done()
                .build();
        this.writes = Guard.create().withDescription(service + " writes")
                .withTimeout().duration(writeTimeout.toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name(service + "-writes").requestVolumeThreshold(10).failureRatio(0.5)
                .delay(5, ChronoUnit.SECONDS).done()
                .build();
        // a stream's first byte may wait for a first pass over the data (the export counts its groups first)
        this.streams = Guard.create().withDescription(service + " streams")
                .withTimeout().duration(STREAM_START.toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name(service + "-streams").requestVolumeThreshold(4).failureRatio(0.5)
                .delay(5, ChronoUnit.SECONDS).done()
                .build();
    }

    /** A read, relayed: retried on failure, never on a 5xx. */
    public Response read(Supplier<Response> call) {
        return guarded(reads, () -> relay(call.get()), Response.class);
    }

    /** A write, relayed: never retried. */
    public Response write(Supplier<Response> call) {
        return guarded(writes, () -> relay(call.get()), Response.class);
    }

    /**
     * A read whose answer the caller consumes itself (a stream): the guard covers the call until
     * it returns, that is the connection and the first byte, not the rest of the stream.
     */
    public <T> T open(Supplier<T> call, Class<T> type) {
        return guarded(streams, call, type);
    }

    private <T> T guarded(Guard guard, Supplier<T> call, Class<T> type) {
        try {
            return guard.get(call, type);
        } catch (ServiceFailed e) {
            LOG.warnf("%s (%s) answered %d", service, baseUrl, e.status);
            throw ProblemException.badGateway("A service failed to answer this request; it has been logged");
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("%s (%s) unavailable: %s", service, baseUrl, e.toString());
            throw ProblemException.unavailable("The " + whatItIs + " is unavailable; retry shortly", retryAfterSeconds);
        }
    }

    /** 2xx-4xx pass through with their body (problem bodies keep their field errors); a 5xx is a failure. */
    private static Response relay(Response response) {
        if (response.getStatus() >= 500) {
            int status = response.getStatus();
            response.close();
            throw new ServiceFailed(status);
        }
        Response.ResponseBuilder out = Response.status(response.getStatus());
        if (response.hasEntity()) {
            out.entity(response.readEntity(String.class));
            out.type(response.getMediaType());
        }
        for (String header : PASSED_ON) {
            String value = response.getHeaderString(header);
            if (value != null) {
                out.header(header, header.equals("Location") ? value.replaceFirst("^https?://[^/]+", "/api/v1") : value);
            }
        }
        return out.build();
    }
}
