package io.backbone.program.rules;

import java.util.List;

/**
 * The outcome of the red-flag screen.
 *
 * @param referred  true when the member must see a clinician instead of getting a programme
 * @param urgent    true when that must happen today (cauda equina or worsening nerve signs)
 * @param redFlags  the red flags that caused the referral, in vocabulary order; empty when clear
 * @param advice    what to do, in plain words
 */
public record Screening(boolean referred, boolean urgent, List<RedFlag> redFlags, String advice) {

    public Screening {
        redFlags = List.copyOf(redFlags);
    }

    static Screening clear() {
        return new Screening(false, false, List.of(),
                "None of the warning signs we ask about: you can start your programme. If new symptoms appear, "
                        + "such as numbness, leg weakness or trouble with your bladder or bowels, stop and see a doctor.");
    }
}
