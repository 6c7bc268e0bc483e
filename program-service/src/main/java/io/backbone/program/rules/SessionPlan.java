package io.backbone.program.rules;

import java.util.List;

/**
 * One session of the programme.
 *
 * @param kind          a {@link SessionKind} code
 * @param budgetSeconds the time it must fit; {@link #totalSeconds()} never exceeds it
 */
public record SessionPlan(String kind, String title, int budgetSeconds, List<Prescription> prescriptions) {

    public SessionPlan {
        prescriptions = List.copyOf(prescriptions);
    }

    public int totalSeconds() {
        return DoseTimer.totalSeconds(prescriptions);
    }

    /** The estimated length in whole minutes, rounded up. */
    public int minutes() {
        return (totalSeconds() + 59) / 60;
    }
}
