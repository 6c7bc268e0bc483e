package io.backbone.gateway.client;

import io.backbone.gateway.config.GatewayConfig;
import io.backbone.support.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * How the gateway answers from a service's response: 2xx-4xx pass through (problem bodies keep
 * their field errors; a 5xx becomes {@link ServiceFailed}), and an
 * unreachable service or an open circuit becomes 503 with Retry-After — promptly, never a
 * hang, never an internal host name.
 */
@ApplicationScoped
public class Downstream {

    /** The services' headers a client may rely on; nothing else (no internal host names) leaks out. */
    static final java.util.List<String> PASSED_ON = java.util.List.of("ETag", "Location", "Idempotent-Replayed",
            "Retry-After", "Content-Disposition");

    @Inject
    GatewayConfig config;

    public Response relay(Response response) {
        Response.ResponseBuilder out = Response.status(response.getStatus());
        if (response.hasEntity()) {
            out.entity(response.readEntity(String.class));
            out.type(response.getMediaType());
        }
        for (String header : PASSED_ON) {
            copy(response, out, header);
        }
        return out.build();
    }

    /** A 5xx is a failure (counted by the circuit, never retried, shown as 502); anything else is the answer. */
    public Response checked(Response response) {
        if (response.getStatus() >= 500) {
            response.close();
            throw new ServiceFailed(response.getStatus());
        }
        return relay(response);
    }

    public Response unavailable(String service) {
        return Response.fromResponse(problem(Problem.of(503, "Service unavailable",
                        "The " + service + " is unavailable; retry shortly")))
                .header("Retry-After", config.retryAfterSeconds()).build();
    }

    private static void copy(Response from, Response.ResponseBuilder to, String header) {
        String value = from.getHeaderString(header);
        if (value != null) {
            to.header(header, header.equals("Location") ? value.replaceFirst("^https?://[^/]+", "/api/v1") : value);
        }
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
