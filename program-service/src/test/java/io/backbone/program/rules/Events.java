package io.backbone.program.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Builders for sessions and pain reports in adaptation tests. */
final class Events {

    /** A Monday, 18:00 UTC. */
    static final Instant MONDAY_EVENING = Instant.parse("2025-03-03T18:00:00Z");

    private Events() {
    }

    /** {@code days} after Monday evening. */
    static Instant day(int days) {
        return MONDAY_EVENING.plus(Duration.ofDays(days));
    }

    /** The morning (07:00 UTC) of the day {@code days} after Monday. */
    static Instant morning(int days) {
        return day(days).minus(Duration.ofHours(11));
    }

    /** Every prescribed exercise done as prescribed. */
    static SessionInput asPrescribed(ProgramState state, Instant at, int painDuring) {
        return new SessionInput(at, state.prescriptions().stream().map(Events::done).toList(), 5, painDuring);
    }

    static SessionInput.ExerciseLog done(Prescription p) {
        return new SessionInput.ExerciseLog(p.exerciseId(), true, p.dosage().sets(), p.dosage().reps(), p.dosage().holdSeconds());
    }

    static SessionInput.ExerciseLog skipped(Prescription p) {
        return new SessionInput.ExerciseLog(p.exerciseId(), false, null, null, null);
    }

    static SessionInput session(Instant at, List<SessionInput.ExerciseLog> logs, Integer rpe, Integer painDuring) {
        return new SessionInput(at, logs, rpe, painDuring);
    }

    static PainInput pain(int rating, PainContext context, Instant at) {
        return new PainInput(rating, context, at);
    }
}
