package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A member completed an outcome questionnaire. {@code instrument}: ODI (score in percent, 0-100)
 * or RMDQ (score 0-24). {@code band} is the ODI disability band; null for RMDQ.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutcomeRecorded(
        String measureId,
        String memberId,
        String gym,
        String instrument,
        double score,
        String band,
        Instant completedAt) {

    public static final String ODI = "ODI";
    public static final String RMDQ = "RMDQ";

    public OutcomeRecorded {
        Required.text("measureId", measureId);
        Required.text("memberId", memberId);
        Required.text("gym", gym);
        Required.text("instrument", instrument);
        Required.value("completedAt", completedAt);
    }
}
