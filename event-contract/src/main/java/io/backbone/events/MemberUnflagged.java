package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** A flag no longer holds (the flare settled, the member is training again, a clinician cleared them). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberUnflagged(
        String memberId,
        String gym,
        String flag,
        Instant unflaggedAt) {

    public MemberUnflagged {
        Required.text("memberId", memberId);
        Required.text("gym", gym);
        Required.text("flag", flag);
        Required.value("unflaggedAt", unflaggedAt);
    }
}
