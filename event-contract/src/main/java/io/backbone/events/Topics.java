package io.backbone.events;

/** Kafka topic names. Keys are member ids (exercise-changed: exercise ids). */
public final class Topics {
    public static final String SESSION_COMPLETED = "backbone.session-completed.v1";
    public static final String PAIN_REPORTED = "backbone.pain-reported.v1";
    public static final String PROGRAM_CHANGED = "backbone.program-changed.v1";
    public static final String EXERCISE_CHANGED = "backbone.exercise-changed.v1";
    public static final String MEMBER_ENROLLED = "backbone.member-enrolled.v1";
    public static final String OUTCOME_RECORDED = "backbone.outcome-recorded.v1";
    /** Where a consumer parks an event it cannot process, with the failure in the headers. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
