package io.backbone.support.problem;

import java.util.List;
import java.util.Map;

/**
 * The one way a Backbone service answers with a problem: thrown anywhere (resources, services,
 * filters, fault-tolerance fallbacks), answered by {@link ProblemMappers} with {@code instance}
 * set. Never carries a stack trace to the client.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    private ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    /** Headers the answer carries with the problem, such as Retry-After. */
    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not found", what + " does not exist"));
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.invalid(detail, errors));
    }

    /** Several bad fields at once; the detail names the first. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        Problem.FieldError first = errors.get(0);
        return invalid(first.field() + ": " + first.message() + (errors.size() > 1 ? " (and " + (errors.size() - 1)
                + " more)" : ""), errors);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    /** A conflict caused by one field's value, e.g. an id that is taken. */
    public static ProblemException conflictOnField(String field, String message) {
        return new ProblemException(Problem.withFields("conflict", 409, "Conflict", field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "Precondition failed", detail));
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(Problem.of(428, "Precondition required", detail));
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(Problem.of(413, "Payload too large", detail));
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(429, "Too many requests", detail),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "Unauthorized", detail), Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException badGateway(String detail) {
        return new ProblemException(Problem.of(502, "Bad gateway", detail));
    }

    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(503, "Service unavailable", detail),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }
}
