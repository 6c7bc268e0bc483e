package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A member's programme got a new revision (or a referral instead of a programme).
 * {@code sessionsPerWeek} is what is prescribed: the denominator of adherence. {@code track} is
 * the programme family analysts group cohorts by (the intake goal: relief, prevention,
 * back-to-training); optional for old producers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramChanged(
        String programId,
        String memberId,
        String gym,
        int revision,
        String status,
        int sessionsPerWeek,
        List<String> exerciseIds,
        String reason,
        Instant changedAt,
        String track) {

    public static final String ACTIVE = "active";
    public static final String REFERRED = "referred";

    public ProgramChanged {
        Required.text("programId", programId);
        Required.text("memberId", memberId);
        Required.text("gym", gym);
        Required.text("status", status);
        Required.list("exerciseIds", exerciseIds);
        Required.text("reason", reason);
        Required.value("changedAt", changedAt);
        exerciseIds = List.copyOf(exerciseIds);
    }
}
