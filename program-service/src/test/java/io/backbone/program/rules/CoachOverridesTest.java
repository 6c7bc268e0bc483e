package io.backbone.program.rules;

import io.backbone.vocabulary.Goal;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoachOverridesTest {

    private final Catalog catalog = LibraryFixture.catalog();
    private final ProgramState state = ProgramState.initial(ProgramGenerator.generate(
            LibraryFixture.intake(4, 2, Goal.RELIEF, EnumSet.of(Limitation.CANNOT_KNEEL), Set.of("none"), 60), catalog));

    @Test
    void pinAndUnpinAreRevisionsWithTheCoachsReason() {
        Adaptation pinned = CoachOverrides.pin(state, "wall-hip-hinge", "Hinge pattern first");
        assertThat(pinned.state().isPinned("wall-hip-hinge")).isTrue();
        assertThat(pinned.state().pins()).containsEntry("wall-hip-hinge", "Hinge pattern first");
        assertThat(pinned.state().revision()).isEqualTo(2);
        assertThat(pinned.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.PIN);
            assertThat(c.reason()).contains("Hinge pattern first");
        });
        assertThat(pinned.reason()).isEqualTo("Your coach pinned Wall-tap hip hinge: Hinge pattern first");
        assertThat(CoachOverrides.pin(pinned.state(), "wall-hip-hinge", "again").changes()).isEmpty();

        Adaptation released = CoachOverrides.unpin(pinned.state(), "wall-hip-hinge", null);
        assertThat(released.state().isPinned("wall-hip-hinge")).isFalse();
        assertThat(released.changes()).singleElement().extracting(Change::kind).isEqualTo(Change.Kind.UNPIN);
        assertThat(released.state().revision()).isEqualTo(3);
        assertThat(CoachOverrides.unpin(released.state(), "wall-hip-hinge", "x").state()).isSameAs(released.state());
    }

    @Test
    void unknownIdsAreNamed() {
        assertThatThrownBy(() -> CoachOverrides.pin(state, "moonwalk", "r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'moonwalk'");
        assertThatThrownBy(() -> CoachOverrides.unpin(state, "moonwalk", "r")).hasMessageContaining("'moonwalk'");
        assertThatThrownBy(() -> CoachOverrides.swap(state, "moonwalk", "glute-bridge", "r", catalog))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'moonwalk'")
                .extracting(e -> ((InvalidOverride) e).field()).isEqualTo(InvalidOverride.EXERCISE);
        assertThatThrownBy(() -> CoachOverrides.swap(state, "wall-hip-hinge", "moonwalk", "r", catalog))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'moonwalk'")
                .extracting(e -> ((InvalidOverride) e).field()).isEqualTo(InvalidOverride.REPLACEMENT);
        assertThatThrownBy(() -> CoachOverrides.swap(state, "wall-hip-hinge", "wall-side-plank", "r", catalog))
                .hasMessageContaining("'wall-side-plank'").hasMessageContaining("already");
        assertThatThrownBy(() -> CoachOverrides.swap(state, "wall-hip-hinge", "bird-dog", "r", catalog))
                .hasMessageContaining("'bird-dog'").hasMessageContaining("kneeling");
        assertThatThrownBy(() -> CoachOverrides.swap(state, "wall-hip-hinge", "kettlebell-deadlift", "r", catalog))
                .hasMessageContaining("'kettlebell-deadlift'").hasMessageContaining("kettlebell");
    }

    @Test
    void aSwapReplacesTheExerciseInPlace() {
        ProgramState pinned = CoachOverrides.pin(state, "wall-hip-hinge", "Keep").state();
        Adaptation swapped = CoachOverrides.swap(pinned, "wall-hip-hinge", "glute-bridge", "Easier on her knees", catalog);
        int index = state.prescriptions().indexOf(state.prescription("wall-hip-hinge").orElseThrow());
        Prescription bridge = swapped.state().prescriptions().get(index);
        assertThat(bridge.exerciseId()).isEqualTo("glute-bridge");
        assertThat(bridge.slot()).isEqualTo("hip-extension");
        assertThat(bridge.dosage()).isEqualTo(catalog.get("glute-bridge").dosage());
        assertThat(bridge.reason()).contains("Chosen by your coach instead of Wall-tap hip hinge: Easier on her knees.");
        assertThat(swapped.state().swaps()).containsExactly(new ProgramState.Swap("wall-hip-hinge", "glute-bridge", "Easier on her knees"));
        assertThat(swapped.state().isPinned("glute-bridge")).as("the pin passes on").isTrue();
        assertThat(swapped.state().isPinned("wall-hip-hinge")).isFalse();
        assertThat(swapped.state().streak("glute-bridge")).isZero();
        assertThat(swapped.state().revision()).isEqualTo(pinned.revision() + 1);
        assertThat(swapped.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.SWAP);
            assertThat(c.fromExerciseId()).isEqualTo("wall-hip-hinge");
            assertThat(c.toExerciseId()).isEqualTo("glute-bridge");
        });
        assertThat(swapped.reason()).isEqualTo("Your coach swapped Wall-tap hip hinge for Glute bridge: Easier on her knees");

        // swapping back undoes the swap-out
        ProgramState back = CoachOverrides.swap(swapped.state(), "glute-bridge", "wall-hip-hinge", "", catalog).state();
        assertThat(back.swappedOut("wall-hip-hinge")).isFalse();
        assertThat(back.swappedOut("glute-bridge")).isTrue();
    }
}
