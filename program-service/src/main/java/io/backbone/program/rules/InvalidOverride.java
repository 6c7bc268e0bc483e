package io.backbone.program.rules;

/** A coach's override that cannot apply, naming the request field at fault. */
public final class InvalidOverride extends IllegalArgumentException {

    /** The exercise to change is not in the programme. */
    public static final String EXERCISE = "exerciseId";
    /** The exercise to swap in is unknown, already in the programme, or does not suit the member. */
    public static final String REPLACEMENT = "replacementId";

    private final String field;

    InvalidOverride(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
