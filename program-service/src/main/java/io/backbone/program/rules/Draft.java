package io.backbone.program.rules;

import java.util.List;

/** A prescription being built: the slot, the exercise, its dosage so far and the notes for its reason. */
record Draft(Slot slot, CatalogExercise exercise, Dosage dosage, int setsBeforeTrim, List<String> notes) {

    int seconds() {
        return DoseTimer.estimateSeconds(dosage);
    }

    Draft withSets(int sets) {
        return new Draft(slot, exercise, dosage.withSets(sets), setsBeforeTrim, notes);
    }

    boolean trimmed() {
        return dosage.sets() < setsBeforeTrim;
    }
}
