package io.backbone.progress.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CohortAnalyticsTest {

    private static final Instant START = Instant.parse("2026-09-07T08:00:00Z"); // a Monday
    private static final Instant NOW = START.plus(56, ChronoUnit.DAYS);          // 8 weeks later

    /** {@code count} members of a track who do {@code perWeek} of 3 prescribed sessions. */
    private static List<MemberRollup> members(String prefix, int count, String track, int perWeek, Instant start) {
        List<MemberRollup> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MemberRollup m = Rollups.member(prefix + i, start, 3, track);
            for (int week = 0; week < 8; week++) {
                for (int s = 0; s < perWeek; s++) {
                    Instant at = start.plus(week * 7L + s * 2L, ChronoUnit.DAYS);
                    if (at.isBefore(NOW)) {
                        m.applySession(prefix + i + "-" + week + "-" + s, at, 2, 5);
                    }
                }
            }
            m.applyPain(prefix + i + "-p0", 6, start);
            m.applyPain(prefix + i + "-p1", i % 2 == 0 ? 2 : 5, NOW.minus(1, ChronoUnit.DAYS));
            members.add(m);
        }
        return members;
    }

    private static CohortAnalytics cohort(List<MemberRollup> members, String track, YearMonth month) {
        CohortAnalytics cohort = new CohortAnalytics(new CohortFilter(track, month,
                LocalDate.parse("2026-09-07"), LocalDate.parse("2026-11-01")), NOW);
        members.forEach(cohort::accept);
        return cohort;
    }

    @Test
    void adherenceDistributionOfACohort() {
        List<MemberRollup> gym = new ArrayList<>(members("full-", 12, "relief", 3, START));
        gym.addAll(members("third-", 12, "relief", 1, START));

        CohortAnalytics.AdherenceReport report = cohort(gym, "relief", null).adherence();

        assertThat(report.suppressed()).isFalse();
        assertThat(report.members()).isEqualTo(24);
        assertThat(report.adherence().q1()).isEqualTo(0.333);
        assertThat(report.adherence().q3()).isEqualTo(1.0);
        assertThat(report.adherence().median()).isEqualTo(0.667);
        assertThat(report.meetingTargetRate()).isEqualTo(0.5);
        assertThat(report.dropoutRate()).isEqualTo(0.0);
        assertThat(report.weeks()).hasSize(8);
        assertThat(report.weeks().get(0).members()).isEqualTo(24);
    }

    @Test
    void aCohortOfTenIsSuppressed() {
        CohortAnalytics.AdherenceReport report = cohort(members("m-", 10, "relief", 3, START), null, null).adherence();
        assertThat(report.suppressed()).isTrue();
        assertThat(report.members()).isNull();
        assertThat(report.adherence()).isNull();
        assertThat(report.note()).contains("Fewer than 11");
    }

    @Test
    void aCohortWhoseComplementIsSmallIsSuppressedToo() {
        // 20 relief + 5 prevention: publishing "relief" (20) beside the gym total (25) would reveal the 5
        List<MemberRollup> gym = new ArrayList<>(members("r-", 20, "relief", 3, START));
        gym.addAll(members("p-", 5, "prevention", 3, START));

        assertThat(cohort(gym, null, null).adherence().members()).isEqualTo(25);
        assertThat(cohort(gym, "relief", null).adherence().suppressed()).isTrue();
        assertThat(cohort(gym, "prevention", null).adherence().suppressed()).isTrue();

        gym.addAll(members("p2-", 6, "prevention", 3, START));
        assertThat(cohort(gym, "relief", null).adherence().members()).isEqualTo(20);
        assertThat(cohort(gym, "prevention", null).adherence().members()).isEqualTo(11);
    }

    @Test
    void enrolmentMonthFilterChecksItsComplementWithinTheTrack() {
        List<MemberRollup> gym = new ArrayList<>(members("sep-", 15, "relief", 3, START));
        gym.addAll(members("oct-", 4, "relief", 3, START.plus(28, ChronoUnit.DAYS)));
        assertThat(cohort(gym, "relief", YearMonth.of(2026, 9)).adherence().suppressed()).isTrue();
        gym.addAll(members("oct2-", 8, "relief", 3, START.plus(28, ChronoUnit.DAYS)));
        assertThat(cohort(gym, "relief", YearMonth.of(2026, 9)).adherence().members()).isEqualTo(15);
        assertThat(cohort(gym, "relief", YearMonth.of(2026, 10)).adherence().members()).isEqualTo(12);
    }

    @Test
    void ratesWithASmallNumeratorAreSuppressed() {
        List<MemberRollup> gym = new ArrayList<>(members("a-", 30, "relief", 3, START));
        gym.addAll(members("b-", 3, "relief", 0, START)); // three who never trained: dropouts
        CohortAnalytics.AdherenceReport report = cohort(gym, null, null).adherence();
        assertThat(report.members()).isEqualTo(33);
        assertThat(report.dropoutRate()).isNull();
        assertThat(report.meetingTargetRate()).isNull(); // 30 of 33: the 3 who do not could be derived
    }

    @Test
    void outcomesWithResponderRateAndASuppressedDistribution() {
        // half improve 6 → 2 (−4, responders), half 6 → 5 (−1)
        CohortAnalytics.OutcomesReport report = cohort(members("m-", 24, "relief", 3, START), null, null).outcomes();
        assertThat(report.members()).isEqualTo(24);
        assertThat(report.withPainChange()).isEqualTo(24);
        assertThat(report.painResponderRate()).isEqualTo(0.5);
        assertThat(report.painChangeDistribution()).extracting(CohortAnalytics.Bucket::members)
                .containsExactly(12, 0, 12, 0, 0);
        assertThat(report.painChangePoints().median()).isEqualTo(-2.5);
    }

    @Test
    void aLoneSmallBucketTakesTheNextSmallestWithIt() {
        List<MemberRollup> gym = new ArrayList<>(members("m-", 24, "relief", 3, START));
        gym.addAll(members("w-", 3, "relief", 3, START));
        gym.subList(24, 27).forEach(m -> m.applyPain(m.memberId + "-worse", 9, NOW.minus(1, ChronoUnit.HOURS)));
        List<CohortAnalytics.Bucket> buckets = cohort(gym, null, null).outcomes().painChangeDistribution();
        // 12 better, 12 + 0 same-ish... the 3 worse (+3) are hidden, and so is the next smallest non-empty bucket
        assertThat(buckets.get(3).members()).isNull();
        assertThat(buckets.stream().filter(b -> b.members() == null).count()).isEqualTo(2);
    }

    @Test
    void replayedEventsLeaveTheFiguresUnchanged() {
        List<MemberRollup> gym = members("m-", 15, "relief", 2, START);
        var before = cohort(gym, null, null).adherence();
        for (MemberRollup m : gym) {
            for (String id : List.copyOf(m.seenEventIds)) {
                assertThat(m.applySession(id, START, 2, 5)).isFalse();
                assertThat(m.applyPain(id, 3, START)).isFalse();
            }
        }
        assertThat(cohort(gym, null, null).adherence()).isEqualTo(before);
    }
}
