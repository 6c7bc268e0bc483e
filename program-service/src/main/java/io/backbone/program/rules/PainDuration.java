package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;

import java.util.Optional;

/** How long the pain has lasted, by the usual clinical cut-offs of 6 and 12 weeks. */
public enum PainDuration implements Coded {
    ACUTE("acute", "Started less than 6 weeks ago"),
    SUBACUTE("subacute", "Has lasted 6 to 12 weeks"),
    CHRONIC("chronic", "Has lasted more than 12 weeks");

    /** Pain younger than this many weeks is acute. */
    public static final int SUBACUTE_FROM_WEEKS = 6;
    /** Pain older than this many weeks is chronic. */
    public static final int CHRONIC_AFTER_WEEKS = 12;

    private final String code;
    private final String description;

    PainDuration(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** acute below 6 weeks, subacute 6 to 12, chronic above 12. */
    public static PainDuration of(int durationWeeks) {
        if (durationWeeks < SUBACUTE_FROM_WEEKS) {
            return ACUTE;
        }
        return durationWeeks <= CHRONIC_AFTER_WEEKS ? SUBACUTE : CHRONIC;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    public static Optional<PainDuration> find(String code) {
        return Coded.find(PainDuration.class, code);
    }

    /** @throws IllegalArgumentException naming the unknown code */
    public static PainDuration fromCode(String code) {
        return Coded.parse(PainDuration.class, "pain duration", code);
    }
}
