package io.backbone.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Cohort figures for a gym, folded from one pass over its member rollups, so the cost grows with
 * members and never with sessions. Every figure goes through {@link SmallCells}: a cohort is
 * published only if it, and its complement within each coarser cohort (the same query without the
 * track filter, without the month filter, without both), is 0 or at least 11 members; each rate
 * only if its numerator and the rest are too; each distribution bucket and weekly point likewise.
 */
public final class CohortAnalytics {

    /** A member "meets the prescription" over a period at this adherence or above. */
    public static final double TARGET_ADHERENCE = 0.8;

    private final CohortFilter filter;
    private final Instant asOf;
    private long inTrackAnyMonth;
    private long inMonthAnyTrack;
    private long inPeriod;
    private final List<Figures> members = new ArrayList<>();

    /** What one cohort member contributes. */
    record Figures(Double adherence, boolean droppedOut, List<MemberProgress.WeekFigures> weeks,
                   Integer painChange, boolean painResponder, Double odiChange, boolean odiResponder,
                   boolean hasRmdq, boolean recovered) {
    }

    public record Filters(String track, String enrolmentMonth, LocalDate from, LocalDate to) {
    }

    public record AdherenceReport(Filters filters, Integer members, boolean suppressed, String note,
                                  Quantiles.Summary adherence, Double meetingTargetRate, Double dropoutRate,
                                  List<WeekPoint> weeks) {
    }

    public record WeekPoint(LocalDate week, Integer members, Double meanAdherence, Double dropoutRate) {
    }

    public record OutcomesReport(Filters filters, Integer members, boolean suppressed, String note,
                                 Integer withPainChange, Quantiles.Summary painChangePoints, Double painResponderRate,
                                 List<Bucket> painChangeDistribution,
                                 Integer withOdiChange, Quantiles.Summary odiChangePoints, Double odiResponderRate,
                                 Integer withRmdq, Double recoveredRate) {
    }

    /** Members whose pain changed by {@code fromPoints}..{@code toPoints} (inclusive); null when suppressed. */
    public record Bucket(String label, int fromPoints, int toPoints, Integer members) {
    }

    public CohortAnalytics(CohortFilter filter, Instant asOf) {
        this.filter = filter;
        this.asOf = asOf;
    }

    public void accept(MemberRollup member) {
        if (!filter.inPeriod(member, asOf)) {
            return;
        }
        inPeriod++;
        boolean track = filter.matchesTrack(member);
        boolean month = filter.matchesMonth(member);
        if (track) {
            inTrackAnyMonth++;
        }
        if (month) {
            inMonthAnyTrack++;
        }
        if (track && month) {
            members.add(figures(member));
        }
    }

    private Figures figures(MemberRollup member) {
        Instant end = filter.end(asOf);
        List<MemberProgress.WeekFigures> weeks = new ArrayList<>();
        int prescribed = 0;
        int capped = 0;
        for (MemberProgress.WeekFigures week : ProgressCalculator.weeks(member, filter.firstWeek(), end)) {
            if (!week.week().isBefore(filter.firstWeek()) && !week.week().isAfter(filter.lastWeek())) {
                weeks.add(week);
                if (week.finished()) {
                    prescribed += week.prescribed();
                    capped += Math.min(week.completed(), week.prescribed());
                }
            }
        }
        MemberProgress.Pain pain = ProgressCalculator.pain(member);
        MemberProgress.Outcomes outcomes = ProgressCalculator.outcomes(member);
        boolean painChanged = member.firstPain != null && !member.firstPain.sourceId.equals(member.latestPain.sourceId);
        return new Figures(prescribed == 0 ? null : capped / (double) prescribed, droppedOut(member, end), weeks,
                painChanged ? pain.changePoints() : null, painChanged && pain.responder(),
                outcomes.odiChange(), outcomes.odiResponder(), outcomes.rmdqLatest() != null, outcomes.recovered());
    }

    /** No session in the {@value ProgressCalculator#DROPOUT_DAYS} days before the end of the period. */
    static boolean droppedOut(MemberRollup member, Instant end) {
        Instant last = lastSessionBy(member, end);
        if (last == null) {
            last = member.prescriptions.stream().filter(p -> "active".equals(p.status)).findFirst()
                    .map(p -> p.changedAt).orElse(end);
        }
        return ChronoUnit.DAYS.between(last, end) >= ProgressCalculator.DROPOUT_DAYS;
    }

    /** Exact when the period ends now; for an earlier end, the end of the last active week before it. */
    static Instant lastSessionBy(MemberRollup member, Instant end) {
        if (member.lastSessionAt != null && !member.lastSessionAt.isAfter(end)) {
            return member.lastSessionAt;
        }
        for (int i = member.weeks.size() - 1; i >= 0; i--) {
            MemberRollup.WeekRollup week = member.weeks.get(i);
            Instant start = Weeks.startOf(LocalDate.parse(week.week));
            if (week.sessions > 0 && start.isBefore(end)) {
                Instant weekEnd = start.plus(7, ChronoUnit.DAYS);
                return weekEnd.isAfter(end) ? end : weekEnd;
            }
        }
        return null;
    }

    private Filters filters() {
        return new Filters(filter.track(), filter.enrolmentMonth() == null ? null : filter.enrolmentMonth().toString(),
                filter.from(), filter.to());
    }

    private boolean cohortPublishable() {
        long n = members.size();
        List<Long> parents = new ArrayList<>();
        if (filter.track() != null) {
            parents.add(inMonthAnyTrack);
        }
        if (filter.enrolmentMonth() != null) {
            parents.add(inTrackAnyMonth);
        }
        if (filter.track() != null || filter.enrolmentMonth() != null) {
            parents.add(inPeriod);
        }
        return n > 0 && SmallCells.safeAgainstParents(n, parents.stream().mapToLong(Long::longValue).toArray());
    }

    private static final String SUPPRESSED = "Fewer than " + SmallCells.MIN_CELL + " members, or a figure that would reveal"
            + " fewer than " + SmallCells.MIN_CELL + " by subtraction from a wider cohort: suppressed.";

    public AdherenceReport adherence() {
        if (!cohortPublishable()) {
            return new AdherenceReport(filters(), members.isEmpty() ? 0 : null, !members.isEmpty(),
                    members.isEmpty() ? "No members in this cohort." : SUPPRESSED, null, null, null, List.of());
        }
        double[] values = members.stream().filter(m -> m.adherence() != null).mapToDouble(Figures::adherence).toArray();
        Quantiles.Summary summary = SmallCells.safe(values.length, members.size()) && values.length > 0
                ? Quantiles.of(values) : null;
        long meeting = members.stream().filter(m -> m.adherence() != null && m.adherence() >= TARGET_ADHERENCE).count();
        long dropped = members.stream().filter(Figures::droppedOut).count();
        return new AdherenceReport(filters(), members.size(), false, null, summary,
                SmallCells.rate(meeting, values.length), SmallCells.rate(dropped, members.size()), weekPoints());
    }

    private List<WeekPoint> weekPoints() {
        LocalDate first = filter.firstWeek();
        LocalDate last = Weeks.weekStart(filter.end(asOf));
        if (last.isAfter(filter.lastWeek())) {
            last = filter.lastWeek();
        }
        int count = (int) ChronoUnit.WEEKS.between(first, last) + 1;
        long[] active = new long[count];
        long[] withPrescription = new long[count];
        long[] dropped = new long[count];
        double[] sum = new double[count];
        for (Figures member : members) {
            List<MemberProgress.WeekFigures> weeks = member.weeks();
            for (int i = 0; i < weeks.size(); i++) {
                MemberProgress.WeekFigures week = weeks.get(i);
                int at = (int) ChronoUnit.WEEKS.between(first, week.week());
                if (at < 0 || at >= count) {
                    continue;
                }
                active[at]++;
                if (week.adherence() != null) {
                    sum[at] += week.adherence();
                    withPrescription[at]++;
                }
                // two empty calendar weeks in a row stand in for "no session for 14 days" on the weekly chart
                if (week.completed() == 0 && i > 0 && weeks.get(i - 1).completed() == 0) {
                    dropped[at]++;
                }
            }
        }
        List<WeekPoint> points = new ArrayList<>();
        for (int at = 0; at < count; at++) {
            // the count is published only if the members not yet started that week are not a small group;
            // the week's mean and rate describe the active members only and are not derivable from other figures
            boolean enough = SmallCells.safe(active[at]) && active[at] > 0;
            points.add(new WeekPoint(first.plusWeeks(at), SmallCells.safe(active[at], members.size()) ? (int) active[at] : null,
                    enough && SmallCells.safe(withPrescription[at]) && withPrescription[at] > 0
                            ? Math.round(sum[at] / withPrescription[at] * 1000) / 1000.0 : null,
                    enough ? SmallCells.rate(dropped[at], active[at]) : null));
        }
        return points;
    }

    public OutcomesReport outcomes() {
        if (!cohortPublishable()) {
            return new OutcomesReport(filters(), members.isEmpty() ? 0 : null, !members.isEmpty(),
                    members.isEmpty() ? "No members in this cohort." : SUPPRESSED,
                    null, null, null, List.of(), null, null, null, null, null);
        }
        int n = members.size();
        List<Figures> withPain = members.stream().filter(m -> m.painChange() != null).toList();
        List<Figures> withOdi = members.stream().filter(m -> m.odiChange() != null).toList();
        List<Figures> withRmdq = members.stream().filter(Figures::hasRmdq).toList();
        boolean painSafe = SmallCells.safe(withPain.size(), n) && !withPain.isEmpty();
        boolean odiSafe = SmallCells.safe(withOdi.size(), n) && !withOdi.isEmpty();
        boolean rmdqSafe = SmallCells.safe(withRmdq.size(), n) && !withRmdq.isEmpty();
        return new OutcomesReport(filters(), n, false, null,
                painSafe ? withPain.size() : null,
                painSafe ? Quantiles.of(withPain.stream().mapToDouble(Figures::painChange).toArray()) : null,
                painSafe ? SmallCells.rate(withPain.stream().filter(Figures::painResponder).count(), withPain.size()) : null,
                painSafe ? distribution(withPain) : List.of(),
                odiSafe ? withOdi.size() : null,
                odiSafe ? Quantiles.of(withOdi.stream().mapToDouble(Figures::odiChange).toArray()) : null,
                odiSafe ? SmallCells.rate(withOdi.stream().filter(Figures::odiResponder).count(), withOdi.size()) : null,
                rmdqSafe ? withRmdq.size() : null,
                rmdqSafe ? SmallCells.rate(withRmdq.stream().filter(Figures::recovered).count(), withRmdq.size()) : null);
    }

    private static final int[][] BUCKETS = {{-10, -4}, {-3, -2}, {-1, 1}, {2, 3}, {4, 10}};

    /**
     * Pain change in five buckets. A bucket below the threshold is suppressed; if only one is, the
     * smallest other non-empty bucket is suppressed too, or the total would give it away.
     */
    static List<Bucket> distribution(List<Figures> withPain) {
        long[] counts = new long[BUCKETS.length];
        for (Figures member : withPain) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (member.painChange() >= BUCKETS[i][0] && member.painChange() <= BUCKETS[i][1]) {
                    counts[i]++;
                }
            }
        }
        boolean[] hidden = new boolean[BUCKETS.length];
        int hiddenCount = 0;
        for (int i = 0; i < counts.length; i++) {
            hidden[i] = !SmallCells.safe(counts[i]);
            hiddenCount += hidden[i] ? 1 : 0;
        }
        if (hiddenCount == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!hidden[i] && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden[smallest] = true;
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            String label = BUCKETS[i][0] == -10 ? "4+ points better" : BUCKETS[i][0] == -3 ? "2-3 points better"
                    : BUCKETS[i][0] == -1 ? "about the same" : BUCKETS[i][0] == 2 ? "2-3 points worse" : "4+ points worse";
            buckets.add(new Bucket(label, BUCKETS[i][0], BUCKETS[i][1], hidden[i] ? null : (int) counts[i]));
        }
        return buckets;
    }
}
