package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;
import io.backbone.vocabulary.Goal;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabularyTest {

    private static final List<Class<? extends Coded>> VOCABULARIES = List.of(RedFlag.class, Limitation.class, Goal.class,
            PainDuration.class, PainContext.class, Slot.class, SessionKind.class, Change.Kind.class);

    @Test
    void codesAreKebabCaseUniqueAndDescribed() {
        for (Class<? extends Coded> type : VOCABULARIES) {
            Set<String> seen = new HashSet<>();
            for (Coded member : type.getEnumConstants()) {
                assertThat(member.code()).as(type.getSimpleName()).matches("[a-z0-9]+(-[a-z0-9]+)*");
                assertThat(seen.add(member.code())).as("duplicate " + member.code()).isTrue();
                assertThat(member.description()).as(member.code()).isNotBlank();
            }
        }
    }

    @Test
    void theBriefsCodesExist() {
        assertThat(Arrays.stream(RedFlag.values()).map(RedFlag::code)).contains("bladder-bowel-control", "saddle-numbness",
                "progressive-leg-weakness", "fever", "unexplained-weight-loss", "cancer-history", "significant-trauma",
                "severe-night-pain");
        assertThat(Arrays.stream(Limitation.values()).map(Limitation::code)).contains("cannot-kneel", "no-floor",
                "no-lying-face-down", "no-heavy-load", "poor-balance");
        assertThat(Arrays.stream(Goal.values()).map(Goal::code)).containsExactly("relief", "prevention", "back-to-training");
    }

    @Test
    void fromCodeRoundTripsAndNamesAnUnknownCode() {
        for (RedFlag f : RedFlag.values()) {
            assertThat(RedFlag.fromCode(f.code())).isEqualTo(f);
        }
        assertThat(Limitation.fromCode("cannot-kneel")).isEqualTo(Limitation.CANNOT_KNEEL);
        assertThat(Goal.find("back-to-training")).contains(Goal.BACK_TO_TRAINING);
        assertThat(Goal.find("BACK_TO_TRAINING")).isEmpty();
        assertThat(PainContext.find(null)).isEmpty();

        assertThatThrownBy(() -> RedFlag.fromCode("headache"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'headache'").hasMessageContaining("fever");
        assertThatThrownBy(() -> Limitation.fromCode("no-stairs"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no-stairs'");
        assertThatThrownBy(() -> Goal.fromCode(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal");
    }

    @Test
    void painDurationUsesSixAndTwelveWeeks() {
        assertThat(PainDuration.of(0)).isEqualTo(PainDuration.ACUTE);
        assertThat(PainDuration.of(5)).isEqualTo(PainDuration.ACUTE);
        assertThat(PainDuration.of(6)).isEqualTo(PainDuration.SUBACUTE);
        assertThat(PainDuration.of(12)).isEqualTo(PainDuration.SUBACUTE);
        assertThat(PainDuration.of(13)).isEqualTo(PainDuration.CHRONIC);
    }

    @Test
    void limitationsMapToTheCatalogsPositionsAndFlags() {
        Catalog catalog = LibraryFixture.catalog();
        assertThat(Limitation.CANNOT_KNEEL.excludes(catalog.get("kneeling-hip-flexor-stretch-pillow"))).isTrue();
        assertThat(Limitation.CANNOT_KNEEL.excludes(catalog.get("bird-dog"))).isTrue();
        assertThat(Limitation.CANNOT_KNEEL.excludes(catalog.get("standing-hip-flexor-stretch"))).isFalse();
        assertThat(Limitation.NO_FLOOR.excludes(catalog.get("glute-bridge"))).isTrue();
        assertThat(Limitation.NO_FLOOR.excludes(catalog.get("hip-90-90"))).isTrue();
        assertThat(Limitation.NO_FLOOR.excludes(catalog.get("seated-hip-internal-rotation"))).isFalse();
        assertThat(Limitation.NO_HEAVY_LOAD.excludes(catalog.get("kettlebell-deadlift"))).isTrue();
        assertThat(Limitation.POOR_BALANCE.excludes(catalog.get("curtsy-lunge"))).isTrue();
        CatalogExercise prone = new CatalogExercise("prone-press", "Prone press", "", "mobility", List.of("thoracic-mobility"),
                List.of(), "prone", 1, new Dosage(1, 5, null, false, 0, 3), List.of(), List.of(), null, null, List.of());
        assertThat(Limitation.NO_LYING_FACE_DOWN.excludes(prone)).isTrue();
        assertThat(Limitation.NO_LYING_FACE_DOWN.excludes(catalog.get("glute-bridge"))).isFalse();
    }

    @Test
    void intakeNormalisesItsSets() {
        Intake intake = new Intake(3, 4, null, null, Set.of("none", " Band ", "kettlebell"), 20, 3, Goal.RELIEF);
        assertThat(intake.redFlags()).isEmpty();
        assertThat(intake.limitations()).isEmpty();
        assertThat(intake.equipment()).containsExactly("band", "kettlebell");
        assertThat(intake.duration()).isEqualTo(PainDuration.ACUTE);
    }
}
