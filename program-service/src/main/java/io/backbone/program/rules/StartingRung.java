package io.backbone.program.rules;

import io.backbone.vocabulary.Goal;

/**
 * How far up its ladder each exercise starts. Acute pain (under 6 weeks) or pain of
 * {@value Intake#HIGH_PAIN}/10 or more: the entry rung. Low pain (up to {@value Intake#LOW_PAIN_MAX}/10)
 * with chronic pain or a prevention or back-to-training goal: one rung up at most, when the member
 * can do it. Everyone else: the entry rung, and the adaptation rules move them on.
 */
public final class StartingRung {

    private StartingRung() {
    }

    /** 0 or 1: how many rungs above the entry rung to start. */
    public static int stepsUp(Intake intake) {
        if (intake.duration() == PainDuration.ACUTE || intake.highPain()) {
            return 0;
        }
        boolean readyForMore = intake.duration() == PainDuration.CHRONIC
                || intake.goal() == Goal.PREVENTION || intake.goal() == Goal.BACK_TO_TRAINING;
        return intake.lowPain() && readyForMore ? 1 : 0;
    }

    /** Why the exercise starts where it does, in a member's words. */
    static String note(Intake intake, boolean steppedUp) {
        if (steppedUp) {
            String because = intake.duration() == PainDuration.CHRONIC ? "you have had it a while"
                    : intake.goal() == Goal.PREVENTION ? "you want to keep it from coming back"
                    : "you want to get back to training";
            return "One step up from the easiest version because your pain is low and " + because + ".";
        }
        if (intake.highPain()) {
            return "Starts at the gentlest version because your pain is high right now (" + intake.painNow() + "/10).";
        }
        if (intake.duration() == PainDuration.ACUTE) {
            return "Starts at the gentlest version because your pain began recently.";
        }
        return "Starts at the easiest version; it steps up as it gets easy.";
    }
}
