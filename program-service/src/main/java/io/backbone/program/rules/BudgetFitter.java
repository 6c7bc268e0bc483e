package io.backbone.program.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a session fit its time budget, never exceeding it: first drop optional slots (lowest
 * priority first), then take sets away one at a time from the exercise with the most sets (ties:
 * the lowest-priority slot) down to one set each, and only then drop slots from the lowest priority
 * up. Drafts come and go in priority order ({@link Slot} order).
 */
final class BudgetFitter {

    private BudgetFitter() {
    }

    static List<Draft> fit(List<Draft> drafts, int budgetSeconds) {
        return dropSlots(trimSets(dropOptional(drafts, budgetSeconds), budgetSeconds), budgetSeconds);
    }

    /** Fits without first dropping optional slots: for a slot list that is already chosen. */
    static List<Draft> fitChosen(List<Draft> drafts, int budgetSeconds) {
        return dropSlots(trimSets(drafts, budgetSeconds), budgetSeconds);
    }

    static int total(List<Draft> drafts) {
        return drafts.stream().mapToInt(Draft::seconds).sum();
    }

    private static List<Draft> dropOptional(List<Draft> drafts, int budget) {
        List<Draft> kept = new ArrayList<>(drafts);
        for (int i = kept.size() - 1; i >= 0 && total(kept) > budget; i--) {
            if (kept.get(i).slot().optional()) {
                kept.remove(i);
            }
        }
        return kept;
    }

    private static List<Draft> trimSets(List<Draft> drafts, int budget) {
        List<Draft> kept = new ArrayList<>(drafts);
        Comparator<Integer> mostSetsThenLowestPriority = Comparator
                .comparingInt((Integer i) -> kept.get(i).dosage().sets())
                .thenComparingInt(i -> kept.get(i).slot().ordinal());
        while (total(kept) > budget) {
            int victim = -1;
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).dosage().sets() > 1 && (victim < 0 || mostSetsThenLowestPriority.compare(i, victim) > 0)) {
                    victim = i;
                }
            }
            if (victim < 0) {
                break;
            }
            kept.set(victim, kept.get(victim).withSets(kept.get(victim).dosage().sets() - 1));
        }
        return kept;
    }

    private static List<Draft> dropSlots(List<Draft> drafts, int budget) {
        List<Draft> kept = new ArrayList<>(drafts);
        while (!kept.isEmpty() && total(kept) > budget) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }
}
