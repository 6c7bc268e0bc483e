package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** An exercise was created or changed; {@code gym} is null for the global library. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExerciseChanged(
        String exerciseId,
        String gym,
        long version,
        String change,
        Instant changedAt) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";

    public ExerciseChanged {
        Required.text("exerciseId", exerciseId);
        Required.text("change", change);
        Required.value("changedAt", changedAt);
    }
}
