package io.backbone.program.rules;

import java.util.Objects;

/**
 * One exercise of a session as prescribed to the member.
 *
 * @param slot             the {@link Slot} code (a catalog region) the exercise fills
 * @param difficulty       the catalog difficulty, 1-5
 * @param estimatedSeconds {@link DoseTimer#estimateSeconds} of the dosage
 * @param reason           why this exercise at this dosage, in a member's words
 */
public record Prescription(String exerciseId, String name, String slot, int difficulty, Dosage dosage,
                           int estimatedSeconds, String reason) {

    public Prescription {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(dosage, "dosage");
    }

    static Prescription of(CatalogExercise exercise, String slot, Dosage dosage, String reason) {
        return new Prescription(exercise.id(), exercise.name(), slot, exercise.difficulty(), dosage,
                DoseTimer.estimateSeconds(dosage), reason);
    }

    /** The same exercise at another dosage, with a new reason. */
    Prescription withDosage(Dosage newDosage, String newReason) {
        return new Prescription(exerciseId, name, slot, difficulty, newDosage, DoseTimer.estimateSeconds(newDosage), newReason);
    }
}
