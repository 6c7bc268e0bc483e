package io.backbone.program.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One dosage step, used when the ladder cannot move: up, +1 set up to {@value #MAX_SETS}, else
 * +{@value #REP_STEP} reps up to {@value #MAX_REPS}, or +{@value #HOLD_STEP_SECONDS} s hold up to
 * {@value #MAX_HOLD_SECONDS} s; down, -1 set down to {@value #MIN_SETS}, else -{@value #REP_STEP}
 * reps down to {@value #MIN_REPS}, or -{@value #HOLD_STEP_SECONDS} s down to {@value #MIN_HOLD_SECONDS} s.
 */
public final class DosageSteps {

    public static final int MAX_SETS = 4;
    public static final int MIN_SETS = 1;
    public static final int REP_STEP = 2;
    public static final int MAX_REPS = 15;
    public static final int MIN_REPS = 4;
    public static final int HOLD_STEP_SECONDS = 10;
    public static final int MAX_HOLD_SECONDS = 60;
    public static final int MIN_HOLD_SECONDS = 10;

    private DosageSteps() {
    }

    /**
     * The harder dosages in the order the rules prefer them: the set step first, then the rep or
     * hold step (taken when a set more does not fit the time budget, or sets are at their maximum).
     */
    public static List<Dosage> harder(Dosage d) {
        List<Dosage> options = new ArrayList<>();
        if (d.sets() < MAX_SETS) {
            options.add(d.withSets(d.sets() + 1));
        }
        if (d.reps() != null) {
            if (d.reps() < MAX_REPS) {
                options.add(d.withReps(Math.min(MAX_REPS, d.reps() + REP_STEP)));
            }
        } else if (d.holdSeconds() != null && d.holdSeconds() < MAX_HOLD_SECONDS) {
            options.add(d.withHoldSeconds(Math.min(MAX_HOLD_SECONDS, d.holdSeconds() + HOLD_STEP_SECONDS)));
        }
        return options;
    }

    /** One step easier, or empty at the minimum. */
    public static Optional<Dosage> easier(Dosage d) {
        if (d.sets() > MIN_SETS) {
            return Optional.of(d.withSets(d.sets() - 1));
        }
        if (d.reps() != null) {
            return d.reps() > MIN_REPS ? Optional.of(d.withReps(Math.max(MIN_REPS, d.reps() - REP_STEP))) : Optional.empty();
        }
        if (d.holdSeconds() != null && d.holdSeconds() > MIN_HOLD_SECONDS) {
            return Optional.of(d.withHoldSeconds(Math.max(MIN_HOLD_SECONDS, d.holdSeconds() - HOLD_STEP_SECONDS)));
        }
        return Optional.empty();
    }

    /** "from 2 to 3 sets", "from 10 to 12 reps", "from 30 to 40-second holds". */
    static String describe(Dosage from, Dosage to) {
        if (from.sets() != to.sets()) {
            return "from " + from.sets() + " to " + to.sets() + (to.sets() == 1 ? " set" : " sets");
        }
        if (from.reps() != null && !from.reps().equals(to.reps())) {
            return "from " + from.reps() + " to " + to.reps() + " reps";
        }
        if (from.holdSeconds() != null && !from.holdSeconds().equals(to.holdSeconds())) {
            return "from " + from.holdSeconds() + "- to " + to.holdSeconds() + "-second holds";
        }
        return "unchanged";
    }
}
