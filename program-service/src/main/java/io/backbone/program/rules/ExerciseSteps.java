package io.backbone.program.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Moves one prescription a step harder or easier: a rung along its ladder when the neighbouring
 * rung suits the member (limitations, equipment, a sore back), is not already in the session and
 * was not swapped out by the coach; otherwise one {@link DosageSteps dosage step}. Every move keeps
 * the session inside the member's time budget.
 */
final class ExerciseSteps {

    /** The prescription after the move (its reason starts with why the slot matters) and the change in words. */
    record Move(Prescription to, String change) {
    }

    private final ProgramState state;
    private final Catalog catalog;
    private final Intake member;

    ExerciseSteps(ProgramState state, Catalog catalog, LocalDate today) {
        this.state = state;
        this.catalog = catalog;
        this.member = state.member(today);
    }

    Optional<Move> harder(List<Prescription> session, Prescription current, String reasonSuffix) {
        Optional<CatalogExercise> next = catalog.find(current.exerciseId()).flatMap(e -> catalog.up(e.id()));
        String blocked = null;
        if (next.isPresent()) {
            Optional<String> unusable = unusable(next.get(), session);
            if (unusable.isEmpty()) {
                Optional<Dosage> fitted = trimmedToFit(session, current, next.get().dosage());
                if (fitted.isPresent()) {
                    return Optional.of(rungMove(current, next.get(), fitted.get(), "Moved up from " + current.name()
                            + " to " + next.get().name() + " " + reasonSuffix));
                }
                blocked = "the next version would not fit your " + state.profile().minutesPerSession() + " minutes";
            } else {
                blocked = unusable.get();
            }
        }
        for (Dosage harder : DosageSteps.harder(current.dosage())) {
            if (fits(session, current, harder)) {
                String why = current.name() + ": " + DosageSteps.describe(current.dosage(), harder) + " " + reasonSuffix
                        + (blocked == null ? " It is the top of its ladder." : " We did not move to the next version because " + blocked + ".");
                return Optional.of(dosageMove(current, harder, why));
            }
        }
        return Optional.empty();
    }

    /** Whether nothing could ever make this harder: no usable next rung and no dosage step left. */
    boolean atCeiling(List<Prescription> session, Prescription current) {
        boolean nextRung = catalog.find(current.exerciseId()).flatMap(e -> catalog.up(e.id()))
                .filter(next -> unusable(next, session).isEmpty()).isPresent();
        return !nextRung && DosageSteps.harder(current.dosage()).isEmpty();
    }

    Optional<Move> easier(List<Prescription> session, Prescription current, String reasonSuffix) {
        Optional<CatalogExercise> lower = catalog.find(current.exerciseId()).flatMap(e -> catalog.down(e.id()));
        if (lower.isPresent() && unusable(lower.get(), session).isEmpty()) {
            Dosage dosage = lower.get().dosage();
            // an easier exercise, never more sets than now
            dosage = dosage.withSets(Math.min(dosage.sets(), current.dosage().sets()));
            Optional<Dosage> fitted = trimmedToFit(session, current, dosage);
            if (fitted.isPresent()) {
                return Optional.of(rungMove(current, lower.get(), fitted.get(), "Stepped back from " + current.name()
                        + " to " + lower.get().name() + " " + reasonSuffix));
            }
        }
        return easierDosage(current, reasonSuffix);
    }

    Optional<Move> easierDosage(Prescription current, String reasonSuffix) {
        return DosageSteps.easier(current.dosage()).map(d -> dosageMove(current, d,
                current.name() + ": " + DosageSteps.describe(current.dosage(), d) + " " + reasonSuffix));
    }

    private static Move dosageMove(Prescription current, Dosage dosage, String why) {
        return new Move(current.withDosage(dosage, Words.sentences(slotWhy(current), why)), why);
    }

    private static Move rungMove(Prescription current, CatalogExercise to, Dosage dosage, String why) {
        return new Move(Prescription.of(to, current.slot(), dosage, Words.sentences(slotWhy(current), why)), why);
    }

    /** Why this exercise cannot take the place of another in the session; empty when it can. */
    private Optional<String> unusable(CatalogExercise candidate, List<Prescription> session) {
        if (session.stream().anyMatch(p -> p.exerciseId().equals(candidate.id()))) {
            return Optional.of("it is already in your session");
        }
        if (state.swappedOut(candidate.id())) {
            return Optional.of("your coach swapped it out");
        }
        return catalog.whyUnsuitable(candidate, member).or(() -> SpineSafety.whyUnsafe(candidate, member));
    }

    private Optional<Dosage> trimmedToFit(List<Prescription> session, Prescription replaced, Dosage dosage) {
        return SessionBudget.trimmedToFit(session, replaced.exerciseId(), dosage, state.budgetSeconds());
    }

    private boolean fits(List<Prescription> session, Prescription replaced, Dosage dosage) {
        return SessionBudget.fits(session, replaced.exerciseId(), dosage, state.budgetSeconds());
    }

    private static String slotWhy(Prescription p) {
        return Slot.find(p.slot()).map(Slot::why).orElse("");
    }
}
