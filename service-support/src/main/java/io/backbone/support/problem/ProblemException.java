package io.backbone.support.problem;

import java.util.List;

/** Thrown by services to answer with a problem; never carries a stack trace to the client. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not found", what + " does not exist"));
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalid(field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "Precondition failed", detail));
    }
}
