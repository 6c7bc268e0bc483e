package io.backbone.events;

/**
 * Kafka topic names. Keys are member ids (exercise-changed: exercise ids), so one member's
 * events on one topic stay in order.
 */
public final class Topics {
    /**
     * Sessions and pain reports together: adaptation must apply one member's sessions and pain
     * reports in the order they were logged, which only one topic (one partition per key) keeps.
     */
    public static final String MEMBER_ACTIVITY = "backbone.member-activity.v1";
    public static final String PROGRAM_CHANGED = "backbone.program-changed.v1";
    public static final String EXERCISE_CHANGED = "backbone.exercise-changed.v1";
    public static final String MEMBER_ENROLLED = "backbone.member-enrolled.v1";
    public static final String OUTCOME_RECORDED = "backbone.outcome-recorded.v1";
    /** member-flagged and member-unflagged: the two move one flag's state, so they share one ordered topic. */
    public static final String MEMBER_FLAGS = "backbone.member-flags.v1";
    public static final String MEMBER_ERASED = "backbone.member-erased.v1";
    /** Where a consumer parks an event it cannot process, with the failure in the headers. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
