package io.backbone.program.rules;

import io.backbone.vocabulary.Coded;
import io.backbone.vocabulary.Goal;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramStateTest {

    private final Catalog catalog = LibraryFixture.catalog();

    @Test
    void theInitialStateHoldsTheMainSessionAndNothingLogged() {
        Intake intake = LibraryFixture.intake(5, 3, Goal.PREVENTION, EnumSet.of(Limitation.NO_FLOOR), Set.of("band", "none"), 25);
        ProgramPlan plan = ProgramGenerator.generate(intake, catalog);
        ProgramState state = ProgramState.initial(plan);
        assertThat(state.revision()).isEqualTo(1);
        assertThat(state.catalogVersion()).isEqualTo("1");
        assertThat(state.prescriptions()).isEqualTo(plan.main().prescriptions());
        assertThat(state.profile()).isEqualTo(new ProgramState.Profile(5, 3, List.of("no-floor"), List.of("band"), "prevention", 25, 3));
        assertThat(state.pins()).isEmpty();
        assertThat(state.swaps()).isEmpty();
        assertThat(state.lastFlareAt()).isNull();
        assertThat(state.firstSessionOn()).isNull();
        assertThat(state.recentSessionDates()).isEmpty();
        assertThat(state.morningPains()).isEmpty();
        assertThat(state.budgetSeconds()).isEqualTo(25 * 60);
        assertThat(state.member(null)).isEqualTo(intake);
    }

    @Test
    void theMemberAgesAndTakesTheLatestMorningPain() {
        ProgramState state = ProgramState.initial(ProgramGenerator.generate(LibraryFixture.intake(5, 3, Goal.RELIEF), catalog));
        LocalDate start = LocalDate.of(2025, 3, 3);
        state = state.withSessionOn(start).withMorningPain(start.plusDays(20), 2);
        Intake today = state.member(start.plusDays(21));
        assertThat(today.painNow()).isEqualTo(2);
        assertThat(today.durationWeeks()).isEqualTo(6);
        assertThat(today.duration()).isEqualTo(PainDuration.SUBACUTE);
    }

    @Test
    void oldHistoryIsForgotten() {
        ProgramState state = ProgramState.initial(ProgramGenerator.generate(LibraryFixture.intake(5, 3, Goal.RELIEF), catalog));
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 60; i++) {
            state = state.withSessionOn(day.plusDays(i)).withMorningPain(day.plusDays(i), i % 10);
        }
        assertThat(state.recentSessionDates()).hasSize(ProgramState.SESSION_HISTORY_DAYS).first().isEqualTo(day.plusDays(32));
        assertThat(state.morningPains()).hasSize(ProgramState.MORNING_HISTORY_DAYS);
        assertThat(state.firstSessionOn()).isEqualTo(day);
        assertThat(state.withMorningPain(day.plusDays(59), 7).morningPains()).hasSize(ProgramState.MORNING_HISTORY_DAYS)
                .last().isEqualTo(new ProgramState.MorningPain(day.plusDays(59), 7));
    }

    @Test
    void theStateIsMadeOfSimpleSerialisableTypes() {
        assertSimple(ProgramState.class, new HashSet<>());
        assertSimple(Adaptation.class, new HashSet<>());
        assertSimple(ProgramPlan.class, new HashSet<>(Set.of(Intake.class))); // the plan carries the intake's enums
    }

    private static final Set<Type> SIMPLE = Set.of(String.class, int.class, Integer.class, boolean.class, Boolean.class,
            long.class, Instant.class, LocalDate.class);

    private static void assertSimple(Type type, Set<Type> seen) {
        if (SIMPLE.contains(type) || !seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            assertThat(raw).as(type.getTypeName()).isIn(List.class, Map.class);
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Map.class) {
                assertThat(arguments[0]).as("map keys are strings").isEqualTo(String.class);
            }
            for (Type argument : arguments) {
                assertSimple(argument, seen);
            }
            return;
        }
        Class<?> type1 = (Class<?>) type;
        if (type1.isEnum()) {
            assertThat(Coded.class).as(type1 + " is a coded vocabulary").isAssignableFrom(type1);
            return;
        }
        assertThat(type1.isRecord()).as(type1 + " is a record or a simple type").isTrue();
        for (RecordComponent component : type1.getRecordComponents()) {
            assertSimple(component.getGenericType(), seen);
        }
    }
}
