package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;

import java.util.Optional;

/**
 * Warning signs that back pain may have a cause exercise cannot fix. Any one of them means no
 * programme: the member is referred to a clinician. The first three are signs of cauda equina
 * syndrome or a worsening nerve problem and need emergency care the same day; the others need a
 * doctor's check before starting (they point to fracture, infection or cancer).
 */
public enum RedFlag implements Coded {
    BLADDER_BOWEL_CONTROL("bladder-bowel-control", true,
            "New trouble controlling or emptying your bladder or bowels"),
    SADDLE_NUMBNESS("saddle-numbness", true,
            "Numbness or tingling around your bottom, genitals or inner thighs"),
    PROGRESSIVE_LEG_WEAKNESS("progressive-leg-weakness", true,
            "Weakness in one or both legs that is getting worse"),
    FEVER("fever", false,
            "A fever, or feeling generally unwell, along with your back pain"),
    UNEXPLAINED_WEIGHT_LOSS("unexplained-weight-loss", false,
            "Losing weight without trying"),
    CANCER_HISTORY("cancer-history", false,
            "Having, or having had, cancer"),
    SIGNIFICANT_TRAUMA("significant-trauma", false,
            "A fall, accident or heavy blow before the pain started"),
    SEVERE_NIGHT_PAIN("severe-night-pain", false,
            "Severe pain at night or at rest that does not ease when you change position"),
    LONG_TERM_STEROID_USE("long-term-steroid-use", false,
            "Taking steroid tablets for months, which can thin the bones"),
    WEAKENED_IMMUNE_SYSTEM("weakened-immune-system", false,
            "A weakened immune system, for example from medicines that suppress it, which raises the risk of infection");

    private final String code;
    private final boolean urgent;
    private final String description;

    RedFlag(String code, boolean urgent, String description) {
        this.code = code;
        this.urgent = urgent;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    /** True for cauda equina and worsening nerve signs: emergency care the same day. */
    public boolean urgent() {
        return urgent;
    }

    public static Optional<RedFlag> find(String code) {
        return Coded.find(RedFlag.class, code);
    }

    /** @throws IllegalArgumentException naming the unknown code */
    public static RedFlag fromCode(String code) {
        return Coded.parse(RedFlag.class, "red flag", code);
    }
}
