package io.backbone.program.rules;

import io.backbone.vocabulary.Goal;

import java.util.List;

/** The phases of a programme: settle, build, strengthen. */
final class PhasePlanner {

    private PhasePlanner() {
    }

    static List<Phase> phases(Intake intake) {
        int settle = SpineSafety.sensitive(intake) ? 2 : 1;
        int build = 4;
        int strengthen = intake.goal() == Goal.BACK_TO_TRAINING ? 6 : 4;
        String strongFor = intake.goal() == Goal.BACK_TO_TRAINING ? "for your training" : "for everyday life";
        return List.of(
                new Phase("settle", 1, settle,
                        "Calm things down with the gentlest versions, a little and often. Pain during the exercises "
                                + "should stay at 5/10 or less and settle by the next morning.",
                        "You move on when your back is no worse the morning after a session for a whole week."),
                new Phase("build", 1 + settle, build,
                        "Build control: each exercise steps up one level after three good sessions in a row.",
                        "You move on when most exercises have stepped up at least once without a flare-up."),
                new Phase("strengthen", 1 + settle + build, strengthen,
                        "Make your hips and core strong " + strongFor + " with harder versions, more sets or longer holds.",
                        "Keep going: this is your routine now. A flare-up moves you one step back, not back to the start."));
    }
}
