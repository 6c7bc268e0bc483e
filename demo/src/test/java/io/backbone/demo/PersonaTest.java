package io.backbone.demo;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PersonaTest {

    @Test
    void theSameSeedGivesTheSameGym() {
        for (int i = 0; i < 50; i++) {
            assertThat(Persona.of(42, i, 12)).isEqualTo(Persona.of(42, i, 12));
        }
        assertThat(Persona.of(42, 3, 12)).isNotEqualTo(Persona.of(43, 3, 12));
    }

    @Test
    void aGymHasOneRedFlagSomeFlaresDropoutsAndMostlyEasingPain() {
        var gym = IntStream.range(0, 200).mapToObj(i -> Persona.of(42, i, 12)).toList();
        assertThat(gym.stream().filter(Persona::redFlag)).hasSize(1);
        assertThat(gym.stream().filter(p -> p.flareWeek() >= 0).count()).isBetween(10L, 60L);
        assertThat(gym.stream().filter(p -> p.dropoutWeek() >= 0).count()).isBetween(5L, 50L);
        assertThat(gym.stream().filter(p -> p.painOn(11) < p.painOn(0)).count()).isGreaterThan(100);
        assertThat(gym).allMatch(p -> p.adherence() > 0 && p.adherence() <= 1);
        assertThat(gym).allMatch(p -> IntStream.range(0, 12).allMatch(w -> p.painOn(w) >= 0 && p.painOn(w) <= 10));
    }
}
