package io.backbone.progress.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutcomeScoringTest {

    @Test
    void oswestryWithEverySectionAnswered() {
        // 2+1+3+2+1+1+2+0+1+2 = 15 of 50 → 30 % (moderate disability)
        OutcomeScoring.Score score = OutcomeScoring.oswestry(List.of(2, 1, 3, 2, 1, 1, 2, 0, 1, 2));
        assertThat(score.score()).isEqualTo(30.0);
        assertThat(score.band()).isEqualTo("moderate");
    }

    @Test
    void oswestryLeavesUnansweredSectionsOutOfTheDenominator() {
        // the sex-life section unanswered: 16 of 45 → 35.6 %
        OutcomeScoring.Score score = OutcomeScoring.oswestry(Arrays.asList(3, 2, 2, 1, 2, 1, 2, null, 1, 2));
        assertThat(score.score()).isEqualTo(35.6);
        assertThat(score.band()).isEqualTo("moderate");
    }

    @Test
    void oswestryBandsAtTheirEdges() {
        assertThat(OutcomeScoring.oswestry(Collections.nCopies(10, 0)).band()).isEqualTo("minimal");
        assertThat(OutcomeScoring.oswestry(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).score()).isEqualTo(20.0);
        assertThat(OutcomeScoring.oswestry(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).band()).isEqualTo("minimal");
        assertThat(OutcomeScoring.oswestry(List.of(2, 1, 1, 1, 1, 1, 1, 1, 1, 1)).band()).isEqualTo("moderate");
        assertThat(OutcomeScoring.oswestry(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)).band()).isEqualTo("severe");
        assertThat(OutcomeScoring.oswestry(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).band()).isEqualTo("crippled");
        OutcomeScoring.Score worst = OutcomeScoring.oswestry(Collections.nCopies(10, 5));
        assertThat(worst.score()).isEqualTo(100.0);
        assertThat(worst.band()).isEqualTo("bed-bound");
    }

    @Test
    void oswestryRefusesTooFewAnswersAndOutOfRangeScoresNamingTheSection() {
        assertThatThrownBy(() -> OutcomeScoring.oswestry(Arrays.asList(1, 1, 1, 1, 1, 1, 1, null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> OutcomeScoring.oswestry(List.of(1, 1, 1, 6, 1, 1, 1, 1, 1, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers[3]"));
        assertThatThrownBy(() -> OutcomeScoring.oswestry(List.of(1, 1, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers"));
    }

    @Test
    void rolandMorrisCountsTheYesAnswers() {
        List<Boolean> answers = new ArrayList<>(Collections.nCopies(24, false));
        for (int i : new int[]{0, 3, 5, 8, 13, 20, 23}) {
            answers.set(i, true);
        }
        OutcomeScoring.Score score = OutcomeScoring.rolandMorris(answers);
        assertThat(score.score()).isEqualTo(7.0);
        assertThat(score.band()).isNull();
        assertThat(OutcomeScoring.rolandMorris(Collections.nCopies(24, true)).score()).isEqualTo(24.0);
    }

    @Test
    void rolandMorrisNeedsAll24() {
        assertThatThrownBy(() -> OutcomeScoring.rolandMorris(Collections.nCopies(23, true)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers"));
        List<Boolean> withGap = new ArrayList<>(Collections.nCopies(24, false));
        withGap.set(4, null);
        assertThatThrownBy(() -> OutcomeScoring.rolandMorris(withGap))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers[4]"));
    }
}
