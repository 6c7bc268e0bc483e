package io.backbone.program.rules;

import java.time.Instant;
import java.util.Objects;

/** A 0-10 back pain rating with when and in what context it was given. */
public record PainInput(int rating, PainContext context, Instant reportedAt) {

    public PainInput {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }
}
