package io.backbone.program.mapping;

import io.backbone.program.repository.KnownExercise;

import java.time.Instant;

/** The latest exercise-changed event program-service has applied for one exercise. */
public record KnownExerciseView(String exerciseId, String gym, long version, String change, Instant changedAt,
                                String lastEventId) {

    public static KnownExerciseView of(KnownExercise known) {
        return new KnownExerciseView(known.exerciseId, known.gym, known.version, known.change, known.changedAt,
                known.lastEventId);
    }
}
