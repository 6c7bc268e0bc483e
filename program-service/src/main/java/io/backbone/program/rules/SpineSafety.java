package io.backbone.program.rules;

import java.util.Optional;

/**
 * Keeps exercises that load the lumbar spine bent forward (flexion) or arched back (extension)
 * away from a sensitive back: acute pain (under 6 weeks) or pain of {@value Intake#HIGH_PAIN}/10 or
 * more. The lumbar spine is the stable link of the joint-by-joint chain; while it hurts we neither
 * load it at end range nor stretch it into pain.
 */
public final class SpineSafety {

    private SpineSafety() {
    }

    public static boolean sensitive(Intake intake) {
        return intake.duration() == PainDuration.ACUTE || intake.highPain();
    }

    /** Why the exercise is unsafe for this back right now, as the end of a sentence; empty when safe. */
    public static Optional<String> whyUnsafe(CatalogExercise exercise, Intake intake) {
        if (!sensitive(intake)) {
            return Optional.empty();
        }
        if (exercise.hasFlag(CatalogExercise.LOADS_SPINE_IN_FLEXION)) {
            return Optional.of("your back is too sore right now for exercises that load it bent forward");
        }
        if (exercise.hasFlag(CatalogExercise.LOADS_SPINE_IN_EXTENSION)) {
            return Optional.of("your back is too sore right now for exercises that load it arched back");
        }
        return Optional.empty();
    }

    public static boolean safe(CatalogExercise exercise, Intake intake) {
        return whyUnsafe(exercise, intake).isEmpty();
    }
}
