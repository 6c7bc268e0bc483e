package io.backbone.program.mapping;

import io.backbone.program.rules.Dosage;
import io.backbone.program.rules.Phase;

import java.time.Instant;
import java.util.List;

/**
 * A member's programme as they and their coach see it. With a red flag, {@code status} is
 * "referred", {@code referral} says why and what to do, and there are no sessions.
 */
public record ProgramView(String id, String memberId, int revision, String status, String reason, String summary,
                          String catalogVersion, Integer sessionsPerWeek, Integer minutesPerSession,
                          List<Session> sessions, List<Phase> phases, Referral referral, AdaptedFrom adaptedFrom,
                          Instant updatedAt) {

    public record Session(String kind, String title, int minutes, List<Exercise> exercises) {
    }

    public record Exercise(String exerciseId, String name, String slot, int difficulty, Dosage dosage,
                           int estimatedSeconds, String reason, boolean pinned, String pinReason) {
    }

    /** How many of the member's sessions and pain reports adaptation has taken into account, each once. */
    public record AdaptedFrom(int sessions, int painReports) {
    }

    public record Referral(boolean urgent, List<Code> redFlags, String advice) {
    }

    public record Code(String code, String description) {
    }
}
