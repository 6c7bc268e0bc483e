package io.backbone.program.rules;

import io.backbone.vocabulary.Goal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    private final Catalog catalog = LibraryFixture.catalog();

    private static CatalogExercise exercise(String id, String regression, String progression) {
        return new CatalogExercise(id, id, "", "stability", List.of("lumbar-stability"), List.of(), "standing", 1,
                new Dosage(2, 8, null, false, 30, 3), List.of(), List.of(), regression, progression, List.of());
    }

    @Test
    void loadsTheWholeLibrary() {
        assertThat(catalog.exercises()).hasSize(51);
        assertThat(catalog.version()).isEqualTo("1");
        assertThat(catalog.get("hip-hinge").dosage()).isEqualTo(new Dosage(2, 10, null, false, 30, 5));
    }

    @Test
    void navigatesLadders() {
        assertThat(catalog.up("wall-hip-hinge")).map(CatalogExercise::id).contains("hip-hinge");
        assertThat(catalog.down("hip-hinge")).map(CatalogExercise::id).contains("wall-hip-hinge");
        assertThat(catalog.down("wall-hip-hinge")).isEmpty();
        assertThat(catalog.up("front-loaded-sandbag-good-morning")).isEmpty();
        assertThat(catalog.entry("kettlebell-deadlift").id()).isEqualTo("wall-hip-hinge");
        assertThat(catalog.ladder("dowel-hip-hinge")).extracting(CatalogExercise::id).containsExactly("wall-hip-hinge",
                "hip-hinge", "dowel-hip-hinge", "band-resisted-hip-hinge", "kettlebell-deadlift", "front-loaded-sandbag-good-morning");
        assertThat(catalog.rung("dowel-hip-hinge")).isEqualTo(2);
        assertThat(catalog.entry("standing-hip-circles").id()).isEqualTo("standing-hip-circles");
    }

    @Test
    void unknownIdsAreNamed() {
        assertThatThrownBy(() -> catalog.up("moonwalk")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'moonwalk'");
        assertThatThrownBy(() -> catalog.get("moonwalk")).hasMessageContaining("'moonwalk'");
        assertThat(catalog.find("moonwalk")).isEmpty();
        assertThatThrownBy(() -> Catalog.of("x", List.of(exercise("a", null, null), exercise("a", null, null))))
                .hasMessageContaining("'a'");
    }

    @Test
    void brokenLinksAndLoopsDoNotHang() {
        Catalog broken = Catalog.of("broken", List.of(exercise("a", "c", "b"), exercise("b", "a", "c"), exercise("c", "b", "a"),
                exercise("lonely", "missing", "gone")));
        assertThat(broken.ladder("a")).hasSize(3);
        assertThat(broken.entry("lonely").id()).isEqualTo("lonely");
        assertThat(broken.up("lonely")).isEmpty();
        assertThat(broken.down("lonely")).isEmpty();
    }

    @Test
    void suitabilityRespectsLimitationsAndEquipment() {
        Intake cannotKneel = LibraryFixture.intake(3, 20, Goal.RELIEF, Set.of(Limitation.CANNOT_KNEEL), Set.of("pillow"), 20);
        assertThat(catalog.suitable(catalog.get("kneeling-hip-flexor-stretch-pillow"), cannotKneel)).isFalse();
        assertThat(catalog.whyUnsuitable(catalog.get("kneeling-hip-flexor-stretch-pillow"), cannotKneel))
                .contains("you told us kneeling is hard");
        assertThat(catalog.suitable(catalog.get("standing-hip-flexor-stretch"), cannotKneel)).isTrue();

        Intake bodyweight = LibraryFixture.intake(3, 20, Goal.RELIEF, Set.of(), Set.of("none"), 20);
        assertThat(catalog.suitable(catalog.get("wall-angel"), bodyweight)).as("a wall is always there").isTrue();
        assertThat(catalog.suitable(catalog.get("seated-cat-camel"), bodyweight)).as("so is a chair").isTrue();
        assertThat(catalog.whyUnsuitable(catalog.get("band-resisted-hip-hinge"), bodyweight))
                .contains("you don't have a band or a squat rack");

        Intake bandOnly = LibraryFixture.intake(3, 20, Goal.RELIEF, Set.of(), Set.of("band"), 20);
        assertThat(catalog.suitable(catalog.get("band-resisted-hip-hinge"), bandOnly)).as("needs all its equipment").isFalse();
        assertThat(catalog.suitable(catalog.get("standing-pallof-press"), bandOnly)).isTrue();
    }
}
