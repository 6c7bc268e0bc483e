package io.backbone.program.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Picks an exercise per slot for one member and turns fitted drafts into a session. */
final class SessionBuilder {

    private final Intake intake;
    private final SlotPicker picker;

    SessionBuilder(Catalog catalog, Intake intake) {
        this.intake = intake;
        this.picker = new SlotPicker(catalog, intake);
    }

    /** One draft per slot that has a suitable exercise, in slot (priority) order, no exercise twice. */
    List<Draft> draft(List<Slot> slots, Set<String> preferredTags) {
        Set<String> used = new HashSet<>();
        List<Draft> drafts = new ArrayList<>();
        for (Slot slot : slots) {
            picker.pick(slot, used, preferredTags).ifPresent(pick -> {
                used.add(pick.exercise().id());
                drafts.add(toDraft(slot, pick));
            });
        }
        return drafts;
    }

    private Draft toDraft(Slot slot, SlotPicker.Pick pick) {
        Dosage dosage = pick.exercise().dosage();
        return new Draft(slot, pick.exercise(), dosage, dosage.sets(), List.of(pick.note()));
    }

    /**
     * The session from fitted drafts, exercises in display order. A painful back gets one set
     * fewer after fitting, so the session gets shorter rather than filled up with other sets.
     */
    SessionPlan plan(SessionKind kind, int budgetSeconds, List<Draft> fitted) {
        int minutes = budgetSeconds / 60;
        String budget = switch (kind) {
            case MAIN -> "your " + minutes + " minutes";
            case MORNING_ROUTINE -> "the " + minutes + "-minute morning routine";
            case WARM_UP -> "the " + minutes + "-minute warm-up";
        };
        List<Prescription> prescriptions = fitted.stream()
                .sorted(Comparator.comparingInt(d -> d.slot().displayOrder()))
                .map(d -> prescription(d, budget))
                .toList();
        return new SessionPlan(kind.code(), kind.description(), budgetSeconds, prescriptions);
    }

    private Prescription prescription(Draft d, String budget) {
        Dosage dosage = d.dosage();
        List<String> parts = new ArrayList<>();
        parts.add(d.slot().why());
        parts.addAll(d.notes());
        if (d.trimmed()) {
            parts.add("Fewer sets than the usual " + d.setsBeforeTrim() + " to fit " + budget + ".");
        }
        if (intake.highPain() && dosage.sets() > 1) {
            dosage = dosage.withSets(dosage.sets() - 1);
            parts.add("One set fewer than usual while your pain is high.");
        }
        return Prescription.of(d.exercise(), d.slot().code(), dosage, Words.sentences(parts.toArray(String[]::new)));
    }
}
