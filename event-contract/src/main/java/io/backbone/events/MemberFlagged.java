package io.backbone.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A member now needs a coach's attention. {@code flag}: {@value #FLARE}, {@value #DROPPING_OUT}
 * or {@value #REFERRED}; {@code reason} says why in words (no health details beyond the flag).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberFlagged(
        String memberId,
        String gym,
        String flag,
        String reason,
        Instant flaggedAt) {

    public static final String FLARE = "flare";
    public static final String DROPPING_OUT = "dropping-out";
    public static final String REFERRED = "referred";

    public MemberFlagged {
        Required.text("memberId", memberId);
        Required.text("gym", gym);
        Required.text("flag", flag);
        Required.value("flaggedAt", flaggedAt);
    }
}
