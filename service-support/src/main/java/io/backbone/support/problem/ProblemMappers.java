package io.backbone.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into a problem+json response: our own problems, bean validation, JSON that
 * does not parse or bind, JAX-RS errors (unknown route, wrong method or media type) and, last,
 * anything unexpected — logged with its stack trace, answered without it.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /**
     * Set by a gateway in front of the service ({@code /api/v1}), so that {@code instance} names the
     * path the client asked for, not the internal one.
     */
    public static final String PREFIX_HEADER = "X-Forwarded-Prefix";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return answer(e, uri, headers);
    }

    /** The answer to a problem, for mappers of other exceptions that mean one (the gateway's security refusals). */
    public static Response answer(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder answer = located(e.problem(), uri, headers);
        e.headers().forEach(answer::header);
        return answer.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.invalid(detail, errors), uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(JsonProblems.of(e), uri, headers);
    }

    /** More specific than Quarkus's own mapper for this type, which answers without naming the field. */
    @ServerExceptionMapper
    public Response unboundJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri,
                                HttpHeaders headers) {
        return respond(JsonProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(JsonProblems.of(json), uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return respond(Problem.of(status, title, detailFor(status, e)), uri, headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(500, "Internal error", "The request could not be completed; it has been logged."), uri, headers);
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "Method not allowed on this path";
            case 406 -> "Cannot produce the requested media type; ask for application/json";
            case 415 -> "Unsupported content type; send application/json";
            default -> e.getMessage() == null ? "" : e.getMessage();
        };
    }

    static String fieldOf(ConstraintViolation<?> v) {
        // "create.arg1.dosage.sets" → "dosage.sets": drop the method and parameter nodes
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length > 2) {
            return String.join(".", List.of(parts).subList(2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static Response respond(Problem problem, UriInfo uri, HttpHeaders headers) {
        return located(problem, uri, headers).build();
    }

    private static Response.ResponseBuilder located(Problem problem, UriInfo uri, HttpHeaders headers) {
        String prefix = headers == null ? null : headers.getHeaderString(PREFIX_HEADER);
        String path = uri == null ? "/" : uri.getPath();
        Problem located = problem.at(prefix != null && prefix.matches("(/[A-Za-z0-9_-]+)+") ? prefix + path : path);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located);
    }

    /** Names the JSON field that failed to bind, so a client can fix it. */
    static final class JsonProblems {
        private JsonProblems() {
        }

        static Problem of(JsonProcessingException e) {
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                String message;
                if (e instanceof UnrecognizedPropertyException) {
                    message = "unknown field";
                } else if (e instanceof InvalidFormatException f) {
                    message = "cannot read " + quote(f.getValue()) + " as " + simpleType(f.getTargetType());
                } else {
                    message = "has the wrong type or format";
                }
                return Problem.invalid(field + ": " + message, List.of(new Problem.FieldError(field, message)));
            }
            return Problem.invalid("The body is not valid JSON", List.of(new Problem.FieldError("body", "malformed JSON")));
        }

        private static String quote(Object value) {
            String text = String.valueOf(value);
            return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
        }

        private static String simpleType(Class<?> type) {
            if (type == null) {
                return "the expected type";
            }
            if (type.isEnum()) {
                return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
            return type.getSimpleName();
        }
    }
}
