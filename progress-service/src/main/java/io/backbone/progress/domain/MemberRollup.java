package io.backbone.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything analytics need about one member, folded from their events as they arrive: the
 * prescriptions (program-changed), one entry per week with activity, the first and latest pain
 * rating and outcome scores. Its size grows with weeks, not with the gym, so a cohort query reads
 * one of these per member and never a session.
 * <p>
 * Every {@code apply} is idempotent: the ids of applied sessions and pain reports are remembered
 * ({@link #seenEventIds}), revisions and timestamps are compared, so a redelivered or replayed
 * event returns false and changes nothing. The remembered ids live apart from the weekly figures so
 * that analytics can read a rollup without them.
 */
public class MemberRollup {

    /** {@code gym/memberId}. */
    public String id;
    public String gym;
    public String memberId;
    public Instant enrolledAt;
    public List<Prescription> prescriptions = new ArrayList<>();
    public List<WeekRollup> weeks = new ArrayList<>();
    public Instant lastSessionAt;
    public Reading firstPain;
    public Reading latestPain;
    public Reading firstOdi;
    public Reading latestOdi;
    public Reading firstRmdq;
    public Reading latestRmdq;
    /** Ids of the sessions and pain reports already counted. */
    public List<String> seenEventIds = new ArrayList<>();
    /** Optimistic concurrency: every stored change increments it. */
    public long version;

    /** One revision of the member's programme, as program-changed told it. */
    public static class Prescription {
        public int revision;
        public String programId;
        public String track;
        public String status;
        public int sessionsPerWeek;
        public List<String> exerciseIds = new ArrayList<>();
        public Instant changedAt;
    }

    /** A member's activity in one ISO week. */
    public static class WeekRollup {
        /** Monday, ISO yyyy-MM-dd. */
        public String week;
        public int sessions;
        public int painDuringSum;
        public int rpeSum;
        public int rpeCount;
        public int painReports;
        public int painSum;
        public Double odi;
        public Integer rmdq;
    }

    /** A dated value and the id of the event that brought it (ties broken by id for determinism). */
    public static class Reading {
        public String sourceId;
        public double value;
        public Instant at;

        public static Reading of(String sourceId, double value, Instant at) {
            Reading reading = new Reading();
            reading.sourceId = sourceId;
            reading.value = value;
            reading.at = at;
            return reading;
        }

        boolean before(Reading other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime < 0 : sourceId.compareTo(other.sourceId) < 0;
        }
    }

    public static String key(String gym, String memberId) {
        return gym + "/" + memberId;
    }

    public static MemberRollup empty(String gym, String memberId) {
        MemberRollup rollup = new MemberRollup();
        rollup.id = key(gym, memberId);
        rollup.gym = gym;
        rollup.memberId = memberId;
        return rollup;
    }

    public boolean applyEnrolled(Instant at) {
        if (at.equals(enrolledAt)) {
            return false;
        }
        enrolledAt = at;
        return true;
    }

    public boolean applyPrescription(Prescription revision) {
        if (prescriptions.stream().anyMatch(p -> p.programId.equals(revision.programId) && p.revision == revision.revision)) {
            return false;
        }
        prescriptions.add(revision);
        prescriptions.sort(Comparator.comparing((Prescription p) -> p.changedAt).thenComparingInt(p -> p.revision));
        return true;
    }

    public boolean applySession(String sessionId, Instant performedAt, int painDuring, Integer rpe) {
        if (seenEventIds.contains(sessionId)) {
            return false;
        }
        seenEventIds.add(sessionId);
        WeekRollup week = week(Weeks.weekStart(performedAt));
        week.sessions++;
        week.painDuringSum += painDuring;
        if (rpe != null) {
            week.rpeSum += rpe;
            week.rpeCount++;
        }
        if (lastSessionAt == null || performedAt.isAfter(lastSessionAt)) {
            lastSessionAt = performedAt;
        }
        return true;
    }

    public boolean applyPain(String reportId, int rating, Instant reportedAt) {
        if (seenEventIds.contains(reportId)) {
            return false;
        }
        seenEventIds.add(reportId);
        WeekRollup week = week(Weeks.weekStart(reportedAt));
        week.painReports++;
        week.painSum += rating;
        Reading reading = Reading.of(reportId, rating, reportedAt);
        if (firstPain == null || reading.before(firstPain)) {
            firstPain = reading;
        }
        if (latestPain == null || latestPain.before(reading)) {
            latestPain = reading;
        }
        return true;
    }

    /** @param instrument ODI or RMDQ */
    public boolean applyOutcome(String measureId, String instrument, double score, Instant completedAt) {
        Reading reading = Reading.of(measureId, score, completedAt);
        boolean odi = "ODI".equals(instrument);
        Reading first = odi ? firstOdi : firstRmdq;
        Reading latest = odi ? latestOdi : latestRmdq;
        boolean changed = false;
        if (first == null || reading.before(first)) {
            first = reading;
            changed = true;
        }
        if (latest == null || latest.before(reading)) {
            latest = reading;
            changed = true;
            WeekRollup week = week(Weeks.weekStart(completedAt));
            if (odi) {
                week.odi = score;
            } else {
                week.rmdq = (int) score;
            }
        }
        if (odi) {
            firstOdi = first;
            latestOdi = latest;
        } else {
            firstRmdq = first;
            latestRmdq = latest;
        }
        return changed;
    }

    /** The revision in force at a moment, or null before the first one. */
    public Prescription prescriptionAt(Instant at) {
        Prescription inForce = null;
        for (Prescription p : prescriptions) {
            if (!p.changedAt.isAfter(at)) {
                inForce = p;
            }
        }
        return inForce;
    }

    public Prescription currentPrescription() {
        return prescriptions.isEmpty() ? null : prescriptions.get(prescriptions.size() - 1);
    }

    /**
     * Where adherence starts counting: the week of the first active programme or, if earlier, the
     * first week with a logged session (history imported from before the programme was recorded,
     * or sessions logged while the programme was on its way). Null without an active programme.
     */
    public LocalDate programStartWeek() {
        LocalDate programme = prescriptions.stream().filter(p -> "active".equals(p.status)).findFirst()
                .map(p -> Weeks.weekStart(p.changedAt)).orElse(null);
        if (programme == null) {
            return null;
        }
        for (WeekRollup week : weeks) { // sorted by week
            if (week.sessions > 0) {
                LocalDate first = LocalDate.parse(week.week);
                return first.isBefore(programme) ? first : programme;
            }
        }
        return programme;
    }

    public WeekRollup weekOf(LocalDate weekStart) {
        String key = weekStart.toString();
        for (WeekRollup week : weeks) {
            if (week.week.equals(key)) {
                return week;
            }
        }
        return null;
    }

    private WeekRollup week(LocalDate weekStart) {
        WeekRollup week = weekOf(weekStart);
        if (week == null) {
            week = new WeekRollup();
            week.week = weekStart.toString();
            weeks.add(week);
            weeks.sort(Comparator.comparing(w -> w.week));
        }
        return week;
    }
}
