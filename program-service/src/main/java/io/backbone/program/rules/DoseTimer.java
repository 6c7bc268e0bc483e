package io.backbone.program.rules;

import java.util.Collection;

/**
 * Estimated time of a prescription: sets x (reps x {@value #SECONDS_PER_REP} s, or the hold) x 2
 * when per side, plus the rests between sets, plus {@value #TRANSITION_SECONDS} s to get into
 * position. Deliberately on the slow side (4 s a rep, not 3) so a session that "fits" really fits.
 */
public final class DoseTimer {

    public static final int SECONDS_PER_REP = 4;
    public static final int TRANSITION_SECONDS = 15;
    /** A set with neither reps nor a hold (possible for gym exercises). */
    public static final int UNCOUNTED_SET_SECONDS = 30;

    private DoseTimer() {
    }

    /** One set's work, both sides included. */
    public static int workSecondsPerSet(Dosage d) {
        int work;
        if (d.reps() != null) {
            work = d.reps() * Math.max(SECONDS_PER_REP, d.holdSeconds() == null ? 0 : d.holdSeconds());
        } else if (d.holdSeconds() != null) {
            work = d.holdSeconds();
        } else {
            work = UNCOUNTED_SET_SECONDS;
        }
        return d.perSide() ? 2 * work : work;
    }

    public static int estimateSeconds(Dosage d) {
        int sets = Math.max(0, d.sets());
        if (sets == 0) {
            return 0;
        }
        return sets * workSecondsPerSet(d) + (sets - 1) * Math.max(0, d.restSeconds()) + TRANSITION_SECONDS;
    }

    public static int totalSeconds(Collection<Prescription> prescriptions) {
        return prescriptions.stream().mapToInt(p -> estimateSeconds(p.dosage())).sum();
    }
}
