package io.backbone.vocabulary;

import java.util.Optional;

/** What the member wants from the programme; also the programme track that cohorts are filtered by. */
public enum Goal implements Coded {
    RELIEF("relief", "Ease the back pain I have now"),
    PREVENTION("prevention", "Keep my back from flaring up again"),
    BACK_TO_TRAINING("back-to-training", "Get back to training in the gym or at my sport");

    private final String code;
    private final String description;

    Goal(String code, String description) {
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

    public static Optional<Goal> find(String code) {
        return Coded.find(Goal.class, code);
    }

    /** @throws IllegalArgumentException naming the unknown code */
    public static Goal fromCode(String code) {
        return Coded.parse(Goal.class, "goal", code);
    }
}
