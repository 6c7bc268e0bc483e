package io.backbone.progress.domain;

import io.backbone.progress.domain.MemberRollup.Prescription;
import io.backbone.progress.domain.MemberRollup.WeekRollup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Member figures from a {@link MemberRollup}. The thresholds are the ones the product brief asks
 * for, from the low back pain literature:
 * <ul>
 * <li>responder on pain: NRS at least {@value #NRS_RESPONDER_POINTS} points and
 * {@value #NRS_RESPONDER_PERCENT}% below baseline (Ostelo et al. 2008, minimal important change);</li>
 * <li>responder on disability: ODI at least {@value #ODI_RESPONDER_POINTS} points below baseline;</li>
 * <li>recovered: latest NRS 0 and latest RMDQ at most {@value #RMDQ_RECOVERED_MAX};</li>
 * <li>dropping out: an active programme and no session for {@value #DROPOUT_DAYS} days;</li>
 * <li>flare: a pain report in the last {@value #FLARE_WINDOW_DAYS} days of {@value #FLARE_RATING}
 * or more, or {@value #FLARE_RISE} or more points above the mean of the two weeks before it.</li>
 * </ul>
 * Prescribed sessions in a week come from the revision in force at the end of that week; the week
 * the programme starts is prorated by the days left in it, so starting on a Friday does not count
 * as missing a whole week. Sessions logged for weeks before the programme was recorded are held
 * to its first prescription.
 */
public final class ProgressCalculator {

    public static final int NRS_RESPONDER_POINTS = 2;
    public static final int NRS_RESPONDER_PERCENT = 30;
    public static final int ODI_RESPONDER_POINTS = 10;
    public static final int RMDQ_RECOVERED_MAX = 2;
    public static final int DROPOUT_DAYS = 14;
    public static final int FLARE_WINDOW_DAYS = 7;
    public static final int FLARE_RATING = 7;
    public static final int FLARE_RISE = 2;

    private static final String ACTIVE = "active";

    private ProgressCalculator() {
    }

    public static MemberProgress progress(MemberRollup rollup, Instant asOf) {
        List<MemberProgress.WeekFigures> weeks = weeks(rollup, asOf);
        Prescription current = rollup.currentPrescription();
        return new MemberProgress(rollup.memberId,
                current == null ? null : current.programId,
                current == null ? null : current.track,
                current == null ? null : current.status,
                rollup.enrolledAt, rollup.programStartWeek(), rollup.lastSessionAt,
                adherence(weeks), pain(rollup), outcomes(rollup), flags(rollup, asOf), weeks);
    }

    /** Every week from the programme's start to the week of {@code asOf}. */
    public static List<MemberProgress.WeekFigures> weeks(MemberRollup rollup, Instant asOf) {
        return weeks(rollup, null, asOf);
    }

    /** The programme's weeks from {@code from} (or its start, if later) to the week of {@code asOf}. */
    public static List<MemberProgress.WeekFigures> weeks(MemberRollup rollup, LocalDate from, Instant asOf) {
        List<MemberProgress.WeekFigures> figures = new ArrayList<>();
        LocalDate start = rollup.programStartWeek();
        if (start == null) {
            return figures;
        }
        if (from != null && from.isAfter(start)) {
            start = from;
        }
        LocalDate thisWeek = Weeks.weekStart(asOf);
        Map<String, WeekRollup> activity = new HashMap<>();
        rollup.weeks.forEach(w -> activity.put(w.week, w));
        Prescription first = rollup.prescriptions.stream().filter(p -> ACTIVE.equals(p.status)).findFirst().orElseThrow();
        for (LocalDate week = start; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
            figures.add(week(rollup, first, week, activity.get(week.toString()), asOf));
        }
        return figures;
    }

    static MemberProgress.WeekFigures week(MemberRollup rollup, Prescription first, LocalDate week, WeekRollup activity,
                                           Instant asOf) {
        Instant weekEnd = Weeks.startOf(week.plusWeeks(1));
        int prescribed = prescribed(rollup, first, week);
        int completed = activity == null ? 0 : activity.sessions;
        Double adherence = prescribed == 0 ? null : Math.min(completed, prescribed) / (double) prescribed;
        return new MemberProgress.WeekFigures(week, !weekEnd.isAfter(asOf), prescribed, completed, adherence,
                activity == null || activity.painReports == 0 ? null : activity.painSum / (double) activity.painReports,
                activity == null ? 0 : activity.painReports,
                completed == 0 ? null : activity.painDuringSum / (double) completed,
                activity == null || activity.rpeCount == 0 ? null : activity.rpeSum / (double) activity.rpeCount,
                activity == null ? null : activity.odi,
                activity == null ? null : activity.rmdq);
    }

    /** Sessions prescribed in a week; {@code first} is the first active revision. */
    static int prescribed(MemberRollup rollup, Prescription first, LocalDate week) {
        Instant weekEnd = Weeks.startOf(week.plusWeeks(1));
        if (!weekEnd.isAfter(first.changedAt)) {
            return first.sessionsPerWeek; // history from before the programme is held to its first prescription
        }
        Prescription inForce = rollup.prescriptionAt(weekEnd.minusMillis(1));
        if (inForce == null || !ACTIVE.equals(inForce.status)) {
            return 0;
        }
        if (week.equals(Weeks.weekStart(first.changedAt)) && week.equals(rollup.programStartWeek())) {
            long daysLeft = Duration.between(first.changedAt, weekEnd).toDays() + 1;
            return (int) Math.ceil(inForce.sessionsPerWeek * Math.min(7, daysLeft) / 7.0);
        }
        return inForce.sessionsPerWeek;
    }

    static MemberProgress.Adherence adherence(List<MemberProgress.WeekFigures> weeks) {
        int completed = 0;
        int prescribed = 0;
        int capped = 0;
        for (MemberProgress.WeekFigures week : weeks) {
            if (week.finished()) {
                completed += week.completed();
                prescribed += week.prescribed();
                capped += Math.min(week.completed(), week.prescribed());
            }
        }
        return new MemberProgress.Adherence(prescribed == 0 ? null : capped / (double) prescribed,
                completed, prescribed, streak(weeks));
    }

    /** Consecutive weeks meeting the prescription, back from the latest; an unfinished week only adds. */
    static int streak(List<MemberProgress.WeekFigures> weeks) {
        int streak = 0;
        for (int i = weeks.size() - 1; i >= 0; i--) {
            MemberProgress.WeekFigures week = weeks.get(i);
            boolean met = week.prescribed() > 0 && week.completed() >= week.prescribed();
            if (met) {
                streak++;
            } else if (week.finished()) {
                break;
            }
        }
        return streak;
    }

    static MemberProgress.Pain pain(MemberRollup rollup) {
        if (rollup.firstPain == null) {
            return new MemberProgress.Pain(null, null, null, null, "unknown", false);
        }
        int baseline = (int) rollup.firstPain.value;
        int latest = (int) rollup.latestPain.value;
        int change = latest - baseline;
        Double percent = baseline == 0 ? null : Math.round(change * 1000.0 / baseline) / 10.0;
        return new MemberProgress.Pain(baseline, latest, change, percent, trend(rollup, baseline), isPainResponder(baseline, latest));
    }

    public static boolean isPainResponder(int baseline, int latest) {
        int improvement = baseline - latest;
        return improvement >= NRS_RESPONDER_POINTS && improvement * 100 >= NRS_RESPONDER_PERCENT * baseline;
    }

    /** The latest week's mean against the baseline, with a one-point dead band. */
    static String trend(MemberRollup rollup, int baseline) {
        if (rollup.firstPain.sourceId.equals(rollup.latestPain.sourceId)) {
            return "unknown";
        }
        for (int i = rollup.weeks.size() - 1; i >= 0; i--) {
            WeekRollup week = rollup.weeks.get(i);
            if (week.painReports > 0) {
                double mean = week.painSum / (double) week.painReports;
                return mean <= baseline - 1 ? "improving" : mean >= baseline + 1 ? "worsening" : "stable";
            }
        }
        return "unknown";
    }

    static MemberProgress.Outcomes outcomes(MemberRollup rollup) {
        Double odiBaseline = rollup.firstOdi == null ? null : rollup.firstOdi.value;
        Double odiLatest = rollup.latestOdi == null ? null : rollup.latestOdi.value;
        Double odiChange = odiBaseline == null || rollup.firstOdi == rollup.latestOdi
                || rollup.firstOdi.sourceId.equals(rollup.latestOdi.sourceId) ? null
                : Math.round((odiLatest - odiBaseline) * 10) / 10.0;
        boolean odiResponder = odiChange != null && -odiChange >= ODI_RESPONDER_POINTS;
        Integer rmdqBaseline = rollup.firstRmdq == null ? null : (int) rollup.firstRmdq.value;
        Integer rmdqLatest = rollup.latestRmdq == null ? null : (int) rollup.latestRmdq.value;
        boolean recovered = rollup.latestPain != null && rollup.latestPain.value == 0
                && rmdqLatest != null && rmdqLatest <= RMDQ_RECOVERED_MAX;
        boolean painResponder = rollup.firstPain != null
                && isPainResponder((int) rollup.firstPain.value, (int) rollup.latestPain.value);
        String status;
        if (recovered) {
            status = "recovered";
        } else if (painResponder || odiResponder) {
            status = "responder";
        } else if (rollup.firstPain == null && rollup.firstOdi == null) {
            status = "no-data";
        } else {
            status = "not-yet";
        }
        return new MemberProgress.Outcomes(odiBaseline, odiLatest,
                odiLatest == null ? null : OutcomeScoring.oswestryBand(odiLatest), odiChange, odiResponder,
                rmdqBaseline, rmdqLatest, recovered, status);
    }

    static List<String> flags(MemberRollup rollup, Instant asOf) {
        List<String> flags = new ArrayList<>();
        Prescription current = rollup.currentPrescription();
        if (current != null && "referred".equals(current.status)) {
            flags.add(MemberProgress.FLAG_REFERRED);
        }
        if (isFlaring(rollup, asOf)) {
            flags.add(MemberProgress.FLAG_FLARE);
        }
        if (current != null && "active".equals(current.status) && isDroppingOut(rollup, asOf)) {
            flags.add(MemberProgress.FLAG_DROPPING_OUT);
        }
        return flags;
    }

    static boolean isDroppingOut(MemberRollup rollup, Instant asOf) {
        Instant lastActivity = rollup.lastSessionAt;
        if (lastActivity == null) {
            lastActivity = rollup.prescriptions.stream().filter(p -> "active".equals(p.status)).findFirst()
                    .map(p -> p.changedAt).orElse(asOf);
        }
        return ChronoUnit.DAYS.between(lastActivity, asOf) >= DROPOUT_DAYS;
    }

    static boolean isFlaring(MemberRollup rollup, Instant asOf) {
        MemberRollup.Reading latest = rollup.latestPain;
        if (latest == null || latest.at.isBefore(asOf.minus(Duration.ofDays(FLARE_WINDOW_DAYS)))) {
            return false;
        }
        if (latest.value >= FLARE_RATING) {
            return true;
        }
        LocalDate latestWeek = Weeks.weekStart(latest.at);
        int sum = 0;
        int count = 0;
        for (int back = 1; back <= 2; back++) {
            WeekRollup week = rollup.weekOf(latestWeek.minusWeeks(back));
            if (week != null) {
                sum += week.painSum;
                count += week.painReports;
            }
        }
        double before = count > 0 ? sum / (double) count : rollup.firstPain.value;
        return latest.value >= before + FLARE_RISE;
    }
}
