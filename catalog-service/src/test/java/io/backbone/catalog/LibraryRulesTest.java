package io.backbone.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbone.catalog.domain.Exercise;
import io.backbone.catalog.domain.LadderRules;
import io.backbone.catalog.domain.Library;
import io.backbone.catalog.domain.Vocabulary.Flag;
import io.backbone.catalog.domain.Vocabulary.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped library against every ladder rule, and the rules against broken ladders. */
class LibraryRulesTest {

    static Library library;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = LibraryRulesTest.class.getClassLoader().getResourceAsStream("library/exercises.json")) {
            library = new ObjectMapper().readValue(in, Library.class);
        }
    }

    @Test
    void shippedLibraryKeepsEveryRule() {
        assertThat(LadderRules.validateLibrary(library.exercises())).isEmpty();
        assertThat(library.exercises()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyExerciseTheSeedsNameIsThere() {
        assertThat(LadderRules.index(library.exercises())).containsKeys(
                "active-hip-extension", "hip-hinge", "half-kneeling-hip-flexor-stretch", "hip-90-90", "curtsy-lunge",
                "band-resisted-hip-hinge", "kneeling-hip-flexor-stretch-pillow", "standing-hip-flexor-stretch",
                "whole-chain-side-body-stretch", "abdominal-bracing", "front-loaded-sandbag-lunge",
                "overhead-kettlebell-march", "glute-bridge", "dead-bug", "bird-dog", "side-plank", "seated-thoracic-rotation");
    }

    @Test
    void bandResistedHingeLeadsAtLeastTwoRungsUp() {
        Map<String, Exercise> byId = LadderRules.index(library.exercises());
        assertThat(LadderRules.progressions(byId.get("band-resisted-hip-hinge"), byId)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void kneelingStretchHasTheStandingVariantAsAlternative() {
        Exercise kneeling = LadderRules.index(library.exercises()).get("kneeling-hip-flexor-stretch-pillow");
        assertThat(kneeling.flags).contains(Flag.REQUIRES_KNEELING);
        assertThat(kneeling.alternatives).contains("standing-hip-flexor-stretch");
        assertThat(kneeling.dosage.holdSeconds).isBetween(30, 60);
        assertThat(kneeling.dosage.perSide).isTrue();
        assertThat(kneeling.dosage.sessionsPerWeek).isEqualTo(7);
    }

    @Test
    void everyGeneratorRegionHasAnEntryRungWithoutEquipmentKneelingOrFloor() {
        for (Region region : LadderRules.GENERATOR_REGIONS) {
            assertThat(library.exercises()).as(region.toString()).anyMatch(e -> e.regions.contains(region)
                    && e.difficulty == 1 && e.equipment.isEmpty() && !e.needsKneelingOrFloor());
        }
    }

    @Test
    void aLinkToAMissingExerciseIsAViolation() {
        Exercise e = exercise("a", 1);
        e.progression = "ghost";
        assertThat(LadderRules.checkLinks(e, Map.of())).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("progression"));
    }

    @Test
    void aLoopIsAViolation() {
        Exercise a = exercise("a", 1);
        Exercise b = exercise("b", 1);
        a.progression = "b";
        b.regression = "a";
        b.progression = "a";
        a.regression = "b";
        assertThat(LadderRules.validateLibrary(List.of(a, b))).anyMatch(v -> v.message().contains("loop"));
    }

    @Test
    void difficultyFallingUpALadderIsAViolation() {
        Exercise easy = exercise("easy", 3);
        Exercise hard = exercise("hard", 2);
        easy.progression = "hard";
        hard.regression = "easy";
        assertThat(LadderRules.validateLibrary(List.of(easy, hard))).anyMatch(v -> v.message().contains("easier"));
    }

    @Test
    void aFloorExerciseWithoutAStandingAlternativeIsAViolation() {
        Exercise floor = exercise("floor", 1);
        floor.flags = List.of(Flag.REQUIRES_FLOOR);
        assertThat(LadderRules.validateLibrary(List.of(floor))).anyMatch(v -> v.field().equals("alternatives"));
    }

    static Exercise exercise(String id, int difficulty) {
        Exercise e = new Exercise();
        e.id = id;
        e.name = id;
        e.difficulty = difficulty;
        e.regions = List.of(Region.HIP_MOBILITY);
        return e;
    }
}
