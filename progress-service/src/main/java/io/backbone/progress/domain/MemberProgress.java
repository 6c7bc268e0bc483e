package io.backbone.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One member's adherence, pain and outcome figures as of a moment; computed, never stored. */
public record MemberProgress(
        String memberId,
        String programId,
        String track,
        String status,
        Instant enrolledAt,
        LocalDate programStart,
        Instant lastSessionAt,
        Adherence adherence,
        Pain pain,
        Outcomes outcomes,
        List<String> flags,
        List<WeekFigures> weeks) {

    public static final String FLAG_FLARE = "flare";
    public static final String FLAG_DROPPING_OUT = "dropping-out";
    public static final String FLAG_REFERRED = "referred";

    /**
     * @param overall completed ÷ prescribed over the finished programme weeks (each week capped at
     *                its prescription, so extra sessions never hide a missed week); null before
     *                the first finished week
     */
    public record Adherence(Double overall, int sessionsCompleted, int sessionsPrescribed, int currentStreakWeeks) {
    }

    /** NRS 0-10. Change is latest − baseline: negative is better. */
    public record Pain(Integer baseline, Integer latest, Integer changePoints, Double changePercent,
                       String trend, boolean responder) {
    }

    /** ODI in percent, RMDQ 0-24. {@code status}: recovered, responder, not-yet, no-data. */
    public record Outcomes(Double odiBaseline, Double odiLatest, String odiBand, Double odiChange, boolean odiResponder,
                           Integer rmdqBaseline, Integer rmdqLatest, boolean recovered, String status) {
    }

    public record WeekFigures(LocalDate week, boolean finished, int prescribed, int completed, Double adherence,
                              Double painMean, int painReports, Double painDuringMean, Double rpeMean,
                              Double odi, Integer rmdq) {
    }
}
