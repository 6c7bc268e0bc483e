package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** A 0-10 numeric pain rating. {@code context}: morning, after-session or during-day. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PainReported(
        String reportId,
        String memberId,
        String gym,
        int rating,
        String context,
        String location,
        Instant reportedAt) {

    public PainReported {
        Required.text("reportId", reportId);
        Required.text("memberId", memberId);
        Required.text("gym", gym);
        Required.text("context", context);
        Required.value("reportedAt", reportedAt);
        if (rating < 0 || rating > 10) {
            throw new IllegalArgumentException("rating must be 0-10");
        }
    }
}
