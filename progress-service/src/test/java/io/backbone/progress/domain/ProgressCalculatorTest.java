package io.backbone.progress.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressCalculatorTest {

    // Monday 2 November 2026, 08:00 UTC
    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");

    private static Instant day(int offset) {
        return MONDAY.plus(offset, ChronoUnit.DAYS);
    }

    @Test
    void adherenceCapsEachWeekAtItsPrescriptionAndCountsOnlyFinishedWeeks() {
        MemberRollup m = Rollups.member("m-1", MONDAY, 3, "relief");
        // week 1: 4 sessions (one extra); week 2: 1 session; week 3 (this week): 1 so far
        for (int d : new int[]{0, 1, 2, 3, 8, 14}) {
            m.applySession("s-" + d, day(d), 2, 5);
        }
        MemberProgress p = ProgressCalculator.progress(m, day(15));

        assertThat(p.weeks()).hasSize(3);
        assertThat(p.weeks().get(0).adherence()).isEqualTo(1.0);
        assertThat(p.weeks().get(1).adherence()).isEqualTo(1 / 3.0);
        assertThat(p.weeks().get(2).finished()).isFalse();
        // (3 + 1) of 6 prescribed over the two finished weeks; the extra session does not make up for week 2
        assertThat(p.adherence().overall()).isEqualTo(4 / 6.0);
        assertThat(p.adherence().sessionsCompleted()).isEqualTo(5);
        assertThat(p.adherence().sessionsPrescribed()).isEqualTo(6);
        assertThat(p.adherence().currentStreakWeeks()).isZero();
    }

    @Test
    void streakCountsMetWeeksBackFromTheLatestAndTheCurrentWeekOnlyAdds() {
        MemberRollup m = Rollups.member("m-1", MONDAY, 2, "relief");
        for (int d : new int[]{0, 2, 7, 9, 14, 16, 21}) {
            m.applySession("s-" + d, day(d), 1, 4);
        }
        assertThat(ProgressCalculator.progress(m, day(22)).adherence().currentStreakWeeks()).isEqualTo(3);
        m.applySession("s-23", day(23), 1, 4);
        assertThat(ProgressCalculator.progress(m, day(24)).adherence().currentStreakWeeks()).isEqualTo(4);
    }

    @Test
    void theStartingWeekIsProratedByTheDaysLeftInIt() {
        MemberRollup m = Rollups.member("m-1", day(4), 3, "relief"); // a Friday
        assertThat(ProgressCalculator.weeks(m, day(10)).get(0).prescribed()).isEqualTo(2); // ceil(3 × 3/7)
    }

    @Test
    void aReferralPrescribesNothing() {
        MemberRollup m = Rollups.member("m-1", MONDAY, 3, "relief");
        m.applyPrescription(Rollups.prescription("p-m-1", 2, 0, "referred", "relief", day(7)));
        MemberProgress p = ProgressCalculator.progress(m, day(15));
        assertThat(p.weeks().get(1).prescribed()).isZero();
        assertThat(p.weeks().get(1).adherence()).isNull();
        assertThat(p.flags()).containsExactly(MemberProgress.FLAG_REFERRED);
    }

    @Test
    void painResponderNeedsTwoPointsAndThirtyPercent() {
        assertThat(ProgressCalculator.isPainResponder(6, 4)).isTrue();   // −2, −33 %
        assertThat(ProgressCalculator.isPainResponder(8, 6)).isFalse();  // −2, −25 %
        assertThat(ProgressCalculator.isPainResponder(3, 2)).isFalse();  // −1, −33 %
        assertThat(ProgressCalculator.isPainResponder(10, 7)).isTrue();  // −3, −30 %
    }

    @Test
    void painAndOutcomeStatusFromTheFirstAndLatestReadings() {
        MemberRollup m = Rollups.member("m-1", MONDAY, 3, "relief");
        m.applyPain("r-1", 6, day(0));
        m.applyPain("r-2", 5, day(8));
        m.applyPain("r-3", 3, day(15));
        m.applyOutcome("o-1", "ODI", 38, day(0));
        m.applyOutcome("o-2", "ODI", 24, day(15));
        MemberProgress p = ProgressCalculator.progress(m, day(16));

        assertThat(p.pain().baseline()).isEqualTo(6);
        assertThat(p.pain().latest()).isEqualTo(3);
        assertThat(p.pain().changePoints()).isEqualTo(-3);
        assertThat(p.pain().changePercent()).isEqualTo(-50.0);
        assertThat(p.pain().trend()).isEqualTo("improving");
        assertThat(p.pain().responder()).isTrue();
        assertThat(p.outcomes().odiChange()).isEqualTo(-14.0);
        assertThat(p.outcomes().odiResponder()).isTrue();
        assertThat(p.outcomes().odiBand()).isEqualTo("moderate");
        assertThat(p.outcomes().status()).isEqualTo("responder");
        assertThat(p.weeks().get(0).painMean()).isEqualTo(6.0);
    }

    @Test
    void recoveredIsNoPainAndRmdqAtMostTwo() {
        MemberRollup m = Rollups.member("m-1", MONDAY, 3, "relief");
        m.applyPain("r-1", 5, day(0));
        m.applyPain("r-2", 0, day(20));
        m.applyOutcome("q-1", "RMDQ", 12, day(0));
        m.applyOutcome("q-2", "RMDQ", 2, day(20));
        assertThat(ProgressCalculator.progress(m, day(21)).outcomes().status()).isEqualTo("recovered");
        m.applyOutcome("q-3", "RMDQ", 3, day(21));
        assertThat(ProgressCalculator.progress(m, day(21)).outcomes().recovered()).isFalse();
    }

    @Test
    void flareAndDroppingOutFlags() {
        MemberRollup m = Rollups.member("m-1", MONDAY, 3, "relief");
        m.applySession("s-1", day(1), 2, 5);
        m.applyPain("r-1", 3, day(1));
        m.applyPain("r-2", 3, day(8));
        m.applyPain("r-3", 5, day(16)); // 2 above the mean of the two weeks before
        assertThat(ProgressCalculator.progress(m, day(17)).flags())
                .containsExactlyInAnyOrder(MemberProgress.FLAG_FLARE, MemberProgress.FLAG_DROPPING_OUT);
        // a week later the flare is old news; still no session
        assertThat(ProgressCalculator.progress(m, day(24)).flags()).containsExactly(MemberProgress.FLAG_DROPPING_OUT);
        m.applySession("s-2", day(23), 2, 5);
        assertThat(ProgressCalculator.progress(m, day(24)).flags()).isEmpty();
    }

    @Test
    void applyingTheSameEventTwiceChangesNothing() {
        MemberRollup m = Rollups.member("m-1", MONDAY, 3, "relief");
        assertThat(m.applySession("s-1", day(1), 2, 5)).isTrue();
        assertThat(m.applySession("s-1", day(1), 2, 5)).isFalse();
        assertThat(m.applyPain("r-1", 4, day(1))).isTrue();
        assertThat(m.applyPain("r-1", 4, day(1))).isFalse();
        assertThat(m.applyOutcome("o-1", "ODI", 30, day(1))).isTrue();
        assertThat(m.applyOutcome("o-1", "ODI", 30, day(1))).isFalse();
        assertThat(m.applyPrescription(Rollups.prescription("p-m-1", 1, 3, "active", "relief", MONDAY))).isFalse();
        assertThat(m.applyEnrolled(MONDAY)).isFalse();
        assertThat(m.weekOf(LocalDate.parse("2026-11-02")).sessions).isEqualTo(1);
        assertThat(m.weekOf(LocalDate.parse("2026-11-02")).painSum).isEqualTo(4);
    }

    @Test
    void eventsInAnyOrderGiveTheSameFigures() {
        MemberRollup inOrder = Rollups.member("m-1", MONDAY, 3, "relief");
        MemberRollup reversed = Rollups.member("m-1", MONDAY, 3, "relief");
        inOrder.applyPain("r-1", 6, day(0));
        inOrder.applyPain("r-2", 4, day(9));
        inOrder.applySession("s-1", day(1), 2, 5);
        inOrder.applySession("s-2", day(9), 3, 6);
        reversed.applySession("s-2", day(9), 3, 6);
        reversed.applyPain("r-2", 4, day(9));
        reversed.applySession("s-1", day(1), 2, 5);
        reversed.applyPain("r-1", 6, day(0));
        assertThat(ProgressCalculator.progress(reversed, day(20))).isEqualTo(ProgressCalculator.progress(inOrder, day(20)));
    }

    @Test
    void historyLoggedBeforeTheProgrammeWasRecordedCountsAgainstItsFirstPrescription() {
        MemberRollup m = Rollups.member("m-1", day(14), 3, "relief"); // programme recorded in week 3
        m.applySession("s-0", day(0), 2, 5);
        m.applySession("s-1", day(2), 2, 5);
        m.applySession("s-7", day(8), 2, 5);
        MemberProgress p = ProgressCalculator.progress(m, day(15));
        assertThat(p.programStart()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(p.weeks()).extracting(MemberProgress.WeekFigures::prescribed).containsExactly(3, 3, 3);
        assertThat(p.adherence().overall()).isEqualTo(3 / 6.0);
    }
}
