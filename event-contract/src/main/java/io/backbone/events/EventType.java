package io.backbone.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event Backbone publishes: its CloudEvents {@code type}, the topic it travels on, and its
 * payload class. The version is part of both the type and the topic, so a breaking change is a
 * new type on a new topic while the old one is still served. Several types may share a topic
 * when their order per member matters (sessions and pain reports; a flag raised and cleared).
 */
public enum EventType {
    SESSION_COMPLETED("io.backbone.session-completed.v1", Topics.MEMBER_ACTIVITY, SessionCompleted.class),
    PAIN_REPORTED("io.backbone.pain-reported.v1", Topics.MEMBER_ACTIVITY, PainReported.class),
    PROGRAM_CHANGED("io.backbone.program-changed.v1", Topics.PROGRAM_CHANGED, ProgramChanged.class),
    EXERCISE_CHANGED("io.backbone.exercise-changed.v1", Topics.EXERCISE_CHANGED, ExerciseChanged.class),
    MEMBER_ENROLLED("io.backbone.member-enrolled.v1", Topics.MEMBER_ENROLLED, MemberEnrolled.class),
    OUTCOME_RECORDED("io.backbone.outcome-recorded.v1", Topics.OUTCOME_RECORDED, OutcomeRecorded.class),
    MEMBER_FLAGGED("io.backbone.member-flagged.v1", Topics.MEMBER_FLAGS, MemberFlagged.class),
    MEMBER_UNFLAGGED("io.backbone.member-unflagged.v1", Topics.MEMBER_FLAGS, MemberUnflagged.class),
    MEMBER_ERASED("io.backbone.member-erased.v1", Topics.MEMBER_ERASED, MemberErased.class);

    private final String type;
    private final String topic;
    private final Class<?> payload;

    EventType(String type, String topic, Class<?> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<?> payload() {
        return payload;
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType ofPayload(Class<?> payloadClass) {
        return Arrays.stream(values()).filter(t -> t.payload.equals(payloadClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an event payload: " + payloadClass));
    }
}
