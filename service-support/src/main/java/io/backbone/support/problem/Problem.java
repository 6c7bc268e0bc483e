package io.backbone.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The one error shape of every Backbone API (RFC 9457 problem details). {@code errors} names
 * each offending field for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("https://backbone.example/problems/validation", "Invalid request", 400, detail, null,
                List.copyOf(errors));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
