package io.backbone.program.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A logged session as the adaptation rules need it.
 *
 * @param rpe        effort 0-10, null when not given
 * @param painDuring back pain during the session, 0-10, null when not given
 */
public record SessionInput(Instant performedAt, List<ExerciseLog> exercises, Integer rpe, Integer painDuring) {

    public SessionInput {
        Objects.requireNonNull(performedAt, "performedAt");
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    /**
     * One exercise as done. The same exercise may appear more than once (e.g. one entry a side);
     * numbers left null are taken as done as prescribed.
     */
    public record ExerciseLog(String exerciseId, boolean done, Integer sets, Integer reps, Integer holdSeconds) {
    }
}
