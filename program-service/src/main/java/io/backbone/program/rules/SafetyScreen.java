package io.backbone.program.rules;

import java.util.List;

/**
 * Red-flag screening before any programme: one red flag is enough to refer the member to a
 * clinician instead of generating exercises. Cauda equina and worsening nerve signs
 * ({@link RedFlag#urgent()}) are an emergency; the others need a check first.
 */
public final class SafetyScreen {

    private SafetyScreen() {
    }

    public static Screening screen(Intake intake) {
        List<RedFlag> flags = List.copyOf(intake.redFlags()); // enum order: urgent ones come first
        if (flags.isEmpty()) {
            return Screening.clear();
        }
        boolean urgent = flags.stream().anyMatch(RedFlag::urgent);
        String told = "You told us about: " + Words.list(flags.stream().map(f -> Words.lowerFirst(f.description())).toList()) + ".";
        String advice = urgent
                ? "Please get medical help today: go to an emergency department or call your local emergency number. "
                + told + " With back pain, this can mean the nerves at the bottom of your spine are being squeezed "
                + "(cauda equina syndrome), which needs treatment within hours. Do not start any exercises until a doctor has checked you."
                : "Please see a doctor or physiotherapist before you start exercising for your back. " + told
                + " Most back pain is not serious, but these signs mean a clinician should first rule out a cause "
                + "that needs its own treatment. Once they give you the all-clear, we will build your programme.";
        return new Screening(true, urgent, flags, advice);
    }
}
