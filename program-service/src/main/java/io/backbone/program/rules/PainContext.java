package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;

import java.util.Optional;

/** When a pain rating was given; morning ratings are the baseline of the pain-monitoring model. */
public enum PainContext implements Coded {
    MORNING("morning", "First thing in the morning"),
    AFTER_SESSION("after-session", "Just after an exercise session"),
    DURING_DAY("during-day", "At some other time of day");

    private final String code;
    private final String description;

    PainContext(String code, String description) {
        this.code = code;
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

    public static Optional<PainContext> find(String code) {
        return Coded.find(PainContext.class, code);
    }

    /** @throws IllegalArgumentException naming the unknown code */
    public static PainContext fromCode(String code) {
        return Coded.parse(PainContext.class, "pain context", code);
    }
}
