package io.backbone.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The one error shape of every Backbone API (RFC 9457 problem details). {@code errors} names
 * each offending field for validation problems; {@code instance} is the path that was asked for,
 * set by {@link ProblemMappers} on the way out. Raise one with {@link ProblemException}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPES = "https://backbone.example/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    static Problem withFields(String type, int status, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPES + type, title, status, detail, null, List.copyOf(errors));
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return withFields("validation", 400, "Invalid request", detail, errors);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
