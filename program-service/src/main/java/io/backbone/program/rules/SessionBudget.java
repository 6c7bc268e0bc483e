package io.backbone.program.rules;

import java.util.List;
import java.util.Optional;

/** Keeps an adapted session inside the member's minutes when one exercise's dosage changes. */
final class SessionBudget {

    private SessionBudget() {
    }

    /** Whether the session fits with {@code replacedId} at {@code dosage}. */
    static boolean fits(List<Prescription> session, String replacedId, Dosage dosage, int budgetSeconds) {
        int others = session.stream().filter(p -> !p.exerciseId().equals(replacedId))
                .mapToInt(p -> DoseTimer.estimateSeconds(p.dosage())).sum();
        return others + DoseTimer.estimateSeconds(dosage) <= budgetSeconds;
    }

    /** The dosage with sets taken away until the session fits (one set at least), or empty when even that does not fit. */
    static Optional<Dosage> trimmedToFit(List<Prescription> session, String replacedId, Dosage dosage, int budgetSeconds) {
        Dosage d = dosage;
        while (!fits(session, replacedId, d, budgetSeconds) && d.sets() > DosageSteps.MIN_SETS) {
            d = d.withSets(d.sets() - 1);
        }
        return fits(session, replacedId, d, budgetSeconds) ? Optional.of(d) : Optional.empty();
    }
}
