package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A gym erased a member: every service deletes what it holds about them, and every consumer
 * ignores their events from then on, replays included.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberErased(
        String memberId,
        String gym,
        Instant erasedAt) {

    public MemberErased {
        Required.text("memberId", memberId);
        Required.text("gym", gym);
        Required.value("erasedAt", erasedAt);
    }
}
