package io.backbone.program.rules;

import java.util.List;

/**
 * A generated programme: the main session (the one adapted over time), a short morning routine,
 * a warm-up before gym work, the phases ahead and a summary in plain words.
 *
 * @param catalogVersion the catalog snapshot it was built from
 * @param intake         what it was built for
 */
public record ProgramPlan(String catalogVersion, Intake intake, int sessionsPerWeek, SessionPlan main,
                          SessionPlan morningRoutine, SessionPlan warmUp, List<Phase> phases, String summary) {

    public ProgramPlan {
        phases = List.copyOf(phases);
    }
}
