package io.backbone.program.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A coach's overrides of a programme. A pin fixes an exercise: adaptation never changes it. A swap
 * replaces an exercise with another from the catalog; the swapped-in exercise then adapts like any
 * other, but adaptation never moves back onto the swapped-out one. A pinned exercise that is
 * swapped passes its pin on. Each override is a new revision with the coach's reason.
 */
public final class CoachOverrides {

    private static final String NO_REASON = "Set by your coach.";

    private CoachOverrides() {
    }

    /** @throws InvalidOverride naming an exercise that is not in the programme */
    public static Adaptation pin(ProgramState state, String exerciseId, String reason) {
        Prescription p = inProgramme(state, exerciseId);
        if (state.isPinned(exerciseId)) {
            return Adaptation.unchanged(state);
        }
        String why = coachReason(reason);
        Map<String, String> pins = new TreeMap<>(state.pins());
        pins.put(exerciseId, why);
        Change change = Change.between(Change.Kind.PIN, p, p, "Your coach fixed " + p.name() + " in place: " + why);
        return new Adaptation(state.withPins(pins).nextRevision(), List.of(change), "Your coach pinned " + p.name() + ": " + why);
    }

    /** @throws InvalidOverride naming an exercise that is not in the programme */
    public static Adaptation unpin(ProgramState state, String exerciseId, String reason) {
        Prescription p = inProgramme(state, exerciseId);
        if (!state.isPinned(exerciseId)) {
            return Adaptation.unchanged(state);
        }
        String why = coachReason(reason);
        Map<String, String> pins = new TreeMap<>(state.pins());
        pins.remove(exerciseId);
        Change change = Change.between(Change.Kind.UNPIN, p, p, p.name() + " will adapt to your progress again: " + why);
        return new Adaptation(state.withPins(pins).nextRevision(), List.of(change), "Your coach released " + p.name() + ": " + why);
    }

    /**
     * Replaces {@code fromId} with {@code toId} at the catalog's dosage, with sets taken away when
     * that is needed to keep the session inside the member's minutes.
     *
     * @throws InvalidOverride naming the id when {@code fromId} is not in the programme,
     *                                  {@code toId} is not in the catalog or already in the programme,
     *                                  or it does not suit the member's limitations or equipment, or
     *                                  does not fit their minutes even at one set
     */
    public static Adaptation swap(ProgramState state, String fromId, String toId, String reason, Catalog catalog) {
        Prescription from = inProgramme(state, fromId);
        CatalogExercise to = catalog.find(toId)
                .orElseThrow(() -> new InvalidOverride(InvalidOverride.REPLACEMENT, "unknown exercise '" + toId + "'"));
        if (state.prescription(toId).isPresent()) {
            throw new InvalidOverride(InvalidOverride.REPLACEMENT, "exercise '" + toId + "' is already in this programme");
        }
        catalog.whyUnsuitable(to, state.member(null)).ifPresent(why -> {
            throw new InvalidOverride(InvalidOverride.REPLACEMENT, "exercise '" + toId + "' does not suit this member: " + why);
        });
        Dosage dosage = SessionBudget.trimmedToFit(state.prescriptions(), fromId, to.dosage(), state.budgetSeconds())
                .orElseThrow(() -> new InvalidOverride(InvalidOverride.REPLACEMENT, "exercise '" + toId + "' does not fit this member's "
                        + state.profile().minutesPerSession() + " minutes"));
        String why = coachReason(reason);
        Prescription next = Prescription.of(to, from.slot(), dosage,
                Words.sentences("Chosen by your coach instead of " + from.name() + ": " + sentence(why),
                        Slot.find(from.slot()).map(Slot::why).orElse("")));
        List<Prescription> prescriptions = new ArrayList<>(state.prescriptions());
        prescriptions.set(prescriptions.indexOf(from), next);

        Map<String, String> pins = new TreeMap<>(state.pins());
        String pin = pins.remove(fromId);
        if (pin != null) {
            pins.put(toId, pin);
        }
        List<ProgramState.Swap> swaps = new ArrayList<>(state.swaps());
        swaps.removeIf(s -> s.fromExerciseId().equals(toId)); // swapping back in undoes the earlier swap-out
        swaps.add(new ProgramState.Swap(fromId, toId, why));
        Map<String, Integer> streaks = new TreeMap<>(state.atTargetStreaks());
        streaks.remove(fromId);
        streaks.put(toId, 0);

        ProgramState swapped = state.withPrescriptions(prescriptions).withPins(pins).withSwaps(swaps)
                .withStreaks(streaks).nextRevision(catalog.version());
        Change change = Change.between(Change.Kind.SWAP, from, next, next.reason());
        return new Adaptation(swapped, List.of(change), "Your coach swapped " + from.name() + " for " + to.name() + ": " + why);
    }

    private static Prescription inProgramme(ProgramState state, String exerciseId) {
        return state.prescription(exerciseId).orElseThrow(() ->
                new InvalidOverride(InvalidOverride.EXERCISE, "exercise '" + exerciseId + "' is not in this programme"));
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }

    private static String coachReason(String reason) {
        return reason == null || reason.isBlank() ? NO_REASON : reason.trim();
    }
}
