package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A member joined a gym. Carries no name or contact data: analytics group members by enrolment
 * month and never need to know who they are.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberEnrolled(
        String memberId,
        String gym,
        Instant enrolledAt) {

    public MemberEnrolled {
        Required.text("memberId", memberId);
        Required.text("gym", gym);
        Required.value("enrolledAt", enrolledAt);
    }
}
