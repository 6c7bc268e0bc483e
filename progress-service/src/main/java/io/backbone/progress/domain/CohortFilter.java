package io.backbone.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Which members a cohort figure describes: those whose programme had started by the end of the
 * period, optionally only one track and one enrolment month. {@code from} and {@code to} are
 * days, widened to whole ISO weeks.
 */
public record CohortFilter(String track, YearMonth enrolmentMonth, LocalDate from, LocalDate to) {

    public LocalDate firstWeek() {
        return Weeks.weekStart(from);
    }

    public LocalDate lastWeek() {
        return Weeks.weekStart(to);
    }

    /** The end of the period, but never later than now: figures describe what has happened. */
    public Instant end(Instant asOf) {
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return end.isAfter(asOf) ? asOf : end;
    }

    public boolean inPeriod(MemberRollup member, Instant asOf) {
        LocalDate start = member.programStartWeek();
        return start != null && start.isBefore(lastWeek().plusWeeks(1)) && !Weeks.startOf(start).isAfter(asOf);
    }

    public boolean matchesTrack(MemberRollup member) {
        return track == null || track.equals(trackOf(member));
    }

    public boolean matchesMonth(MemberRollup member) {
        return enrolmentMonth == null || enrolmentMonth.equals(enrolmentMonthOf(member));
    }

    public static String trackOf(MemberRollup member) {
        MemberRollup.Prescription current = member.currentPrescription();
        return current == null ? null : current.track;
    }

    /** The month of enrolment; for a member enrolled before events carried it, their programme's start. */
    public static YearMonth enrolmentMonthOf(MemberRollup member) {
        if (member.enrolledAt != null) {
            return YearMonth.from(member.enrolledAt.atZone(ZoneOffset.UTC));
        }
        LocalDate start = member.programStartWeek();
        return start == null ? null : YearMonth.from(start);
    }
}
