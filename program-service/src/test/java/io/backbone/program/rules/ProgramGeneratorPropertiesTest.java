package io.backbone.program.rules;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties over many seeded-random intakes. */
class ProgramGeneratorPropertiesTest {

    private static final int INTAKES = 400;
    private final Catalog catalog = LibraryFixture.catalog();

    private static int totalDifficulty(SessionPlan session) {
        return session.prescriptions().stream().mapToInt(Prescription::difficulty).sum();
    }

    private static Map<String, Integer> difficultyBySlot(SessionPlan session) {
        return session.prescriptions().stream().collect(Collectors.toMap(Prescription::slot, Prescription::difficulty));
    }

    @Test
    void morePainNeverGivesAHarderProgramme() {
        for (Intake intake : RandomIntakes.many(7L, INTAKES)) {
            List<SessionPlan> byPain = IntStream.rangeClosed(0, 10)
                    .mapToObj(pain -> ProgramGenerator.generate(intake.withPainNow(pain), catalog).main()).toList();
            for (int pain = 0; pain < 10; pain++) {
                SessionPlan lower = byPain.get(pain);
                SessionPlan higher = byPain.get(pain + 1);
                String what = intake.withPainNow(pain) + " vs pain " + (pain + 1);
                assertThat(totalDifficulty(higher)).as(what).isLessThanOrEqualTo(totalDifficulty(lower));
                assertThat(higher.prescriptions().size()).as(what).isLessThanOrEqualTo(lower.prescriptions().size());
                Map<String, Integer> easier = difficultyBySlot(lower);
                difficultyBySlot(higher).forEach((slot, difficulty) ->
                        assertThat(difficulty).as(what + " slot " + slot).isLessThanOrEqualTo(easier.getOrDefault(slot, Integer.MAX_VALUE)));
                if (exerciseIds(lower).equals(exerciseIds(higher))) { // then more pain never means more sets either
                    Map<String, Integer> lowerSets = setsBySlot(lower);
                    setsBySlot(higher).forEach((slot, sets) ->
                            assertThat(sets).as(what + " sets of " + slot).isLessThanOrEqualTo(lowerSets.get(slot)));
                    assertThat(higher.totalSeconds()).as(what).isLessThanOrEqualTo(lower.totalSeconds());
                }
            }
        }
    }

    private static Map<String, Integer> setsBySlot(SessionPlan session) {
        return session.prescriptions().stream().collect(Collectors.toMap(Prescription::slot, p -> p.dosage().sets()));
    }

    private static List<String> exerciseIds(SessionPlan session) {
        return session.prescriptions().stream().map(Prescription::exerciseId).toList();
    }

    @Test
    void everyPlanFitsItsBudgetsSuitsTheMemberAndRepeatsNothing() {
        for (Intake intake : RandomIntakes.many(11L, INTAKES)) {
            ProgramPlan plan = ProgramGenerator.generate(intake, catalog);
            int budget = intake.minutesPerSession() * 60;
            assertThat(plan.main().totalSeconds()).as(intake.toString()).isLessThanOrEqualTo(budget);
            assertThat(plan.morningRoutine().totalSeconds()).isLessThanOrEqualTo(Math.min(budget, ProgramGenerator.MORNING_ROUTINE_SECONDS));
            assertThat(plan.warmUp().totalSeconds()).isLessThanOrEqualTo(Math.min(budget, ProgramGenerator.WARM_UP_SECONDS));
            for (SessionPlan session : List.of(plan.main(), plan.morningRoutine(), plan.warmUp())) {
                Set<String> seen = new HashSet<>();
                Set<String> slots = new HashSet<>();
                assertThat(session.prescriptions()).allSatisfy(p -> {
                    CatalogExercise e = catalog.get(p.exerciseId());
                    assertThat(catalog.whyUnsuitable(e, intake)).as(intake + " " + p.exerciseId()).isEmpty();
                    assertThat(SpineSafety.safe(e, intake)).isTrue();
                    assertThat(seen.add(p.exerciseId())).as("twice: " + p.exerciseId()).isTrue();
                    assertThat(slots.add(p.slot())).as("slot twice: " + p.slot()).isTrue();
                    assertThat(e.regions()).contains(p.slot());
                    assertThat(p.reason()).isNotBlank();
                    assertThat(p.dosage().sets()).isPositive();
                    assertThat(catalog.rung(p.exerciseId()) <= StartingRung.stepsUp(intake)
                            || e.difficulty() <= 1 + StartingRung.stepsUp(intake)).as(p.exerciseId()).isTrue();
                });
            }
            if (intake.minutesPerSession() >= 20) {
                assertThat(plan.main().prescriptions()).extracting(Prescription::slot)
                        .as(intake.toString()).contains("hip-mobility", "hip-extension", "lumbar-stability", "thoracic-mobility");
            }
        }
    }

    @Test
    void generationIsDeterministic() {
        for (Intake intake : RandomIntakes.many(13L, 100)) {
            assertThat(ProgramGenerator.generate(intake, catalog)).isEqualTo(ProgramGenerator.generate(intake, catalog));
        }
    }

    @Test
    void acuteOrHighPainProgrammesStartOnEntryRungsOrEquallyEasyAlternatives() {
        for (Intake intake : RandomIntakes.many(17L, INTAKES)) {
            if (!SpineSafety.sensitive(intake)) {
                continue;
            }
            ProgramPlan plan = ProgramGenerator.generate(intake, catalog);
            Stream.of(plan.main(), plan.morningRoutine(), plan.warmUp()).flatMap(s -> s.prescriptions().stream())
                    .forEach(p -> {
                        boolean entry = catalog.rung(p.exerciseId()) == 0;
                        boolean alternativeToABlockedEntry = catalog.exercises().stream().anyMatch(e ->
                                catalog.rung(e.id()) == 0 && e.alternatives().contains(p.exerciseId())
                                        && !catalog.suitable(e, intake) && p.difficulty() <= e.difficulty());
                        assertThat(entry || alternativeToABlockedEntry).as(intake + " " + p.exerciseId()).isTrue();
                    });
        }
    }
}
