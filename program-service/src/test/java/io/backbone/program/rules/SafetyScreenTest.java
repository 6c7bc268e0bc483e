package io.backbone.program.rules;

import io.backbone.vocabulary.Goal;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SafetyScreenTest {

    private static Intake withFlags(Set<RedFlag> flags) {
        return new Intake(4, 3, flags, Set.of(), Set.of("none"), 20, 3, Goal.RELIEF);
    }

    @TestFactory
    Stream<DynamicTest> eachRedFlagRefersAndIsNamed() {
        return Arrays.stream(RedFlag.values()).map(flag -> DynamicTest.dynamicTest(flag.code(), () -> {
            Screening screening = SafetyScreen.screen(withFlags(Set.of(flag)));
            assertThat(screening.referred()).isTrue();
            assertThat(screening.redFlags()).containsExactly(flag);
            assertThat(screening.urgent()).isEqualTo(flag.urgent());
            assertThat(screening.advice()).contains(Words.lowerFirst(flag.description()));
            assertThat(screening.advice()).containsAnyOf("doctor", "emergency");
        }));
    }

    @Test
    void caudaEquinaSignsAreUrgent() {
        assertThat(Arrays.stream(RedFlag.values()).filter(RedFlag::urgent))
                .containsExactly(RedFlag.BLADDER_BOWEL_CONTROL, RedFlag.SADDLE_NUMBNESS, RedFlag.PROGRESSIVE_LEG_WEAKNESS);
        Screening screening = SafetyScreen.screen(withFlags(EnumSet.of(RedFlag.FEVER, RedFlag.SADDLE_NUMBNESS)));
        assertThat(screening.urgent()).isTrue();
        assertThat(screening.redFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER);
        assertThat(screening.advice()).contains("today").contains("emergency").contains("fever").contains("numbness");
    }

    @Test
    void otherFlagsAskForACheckFirst() {
        Screening screening = SafetyScreen.screen(withFlags(EnumSet.of(RedFlag.CANCER_HISTORY, RedFlag.UNEXPLAINED_WEIGHT_LOSS)));
        assertThat(screening.referred()).isTrue();
        assertThat(screening.urgent()).isFalse();
        assertThat(screening.advice()).contains("see a doctor or physiotherapist").doesNotContain("emergency");
    }

    @Test
    void noRedFlagIsClear() {
        Screening screening = SafetyScreen.screen(withFlags(Set.of()));
        assertThat(screening.referred()).isFalse();
        assertThat(screening.urgent()).isFalse();
        assertThat(screening.redFlags()).isEmpty();
        assertThat(screening.advice()).isNotBlank();
    }
}
