package io.backbone.program.rules;

import io.backbone.vocabulary.Goal;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.backbone.program.rules.Events.asPrescribed;
import static io.backbone.program.rules.Events.day;
import static io.backbone.program.rules.Events.morning;
import static io.backbone.program.rules.Events.pain;
import static org.assertj.core.api.Assertions.assertThat;

class AdaptationRulesTest {

    private final Catalog catalog = LibraryFixture.catalog();

    /** Recent pain, entry rungs, an hour a session: seated-hip-internal-rotation, standing-hip-flexor-stretch, wall-hip-hinge, ... */
    private ProgramState acuteMember() {
        return start(LibraryFixture.intake(4, 2, Goal.RELIEF, Set.of(), Set.of("none"), 60));
    }

    private ProgramState start(Intake intake) {
        return ProgramState.initial(ProgramGenerator.generate(intake, catalog));
    }

    private Adaptation sessionsAsPrescribed(ProgramState state, int... days) {
        Adaptation last = Adaptation.unchanged(state);
        for (int d : days) {
            last = AdaptationRules.onSession(last.state(), asPrescribed(last.state(), day(d), 2), catalog);
        }
        return last;
    }

    private static Map<String, Prescription> bySlot(ProgramState state) {
        return state.prescriptions().stream().collect(Collectors.toMap(Prescription::slot, Function.identity()));
    }

    private static List<String> ids(ProgramState state) {
        return state.prescriptions().stream().map(Prescription::exerciseId).toList();
    }

    @Test
    void threeGoodSessionsInARowStepEachExerciseUp() {
        ProgramState start = acuteMember();
        assertThat(ids(start)).contains("wall-hip-hinge", "standing-hip-flexor-stretch", "wall-side-plank");

        Adaptation two = sessionsAsPrescribed(start, 0, 2);
        assertThat(two.changes()).isEmpty();
        assertThat(two.reason()).isEmpty();
        assertThat(two.state().prescriptions()).isEqualTo(start.prescriptions());
        assertThat(two.state().streak("wall-hip-hinge")).isEqualTo(2);
        assertThat(two.state().revision()).isEqualTo(1);

        Adaptation third = AdaptationRules.onSession(two.state(), asPrescribed(two.state(), day(4), 4), catalog);
        assertThat(third.changes()).hasSize(6).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.PROGRESS);
            assertThat(c.reason()).contains("after three good sessions in a row");
        });
        Map<String, Prescription> now = bySlot(third.state());
        assertThat(now.get("hip-extension").exerciseId()).isEqualTo("hip-hinge");
        assertThat(now.get("hip-extension").dosage()).isEqualTo(catalog.get("hip-hinge").dosage());
        assertThat(now.get("hip-extension").reason()).contains("Moved up from Wall-tap hip hinge to");
        assertThat(now.get("hip-mobility").exerciseId()).isEqualTo("hip-90-90");
        // the kneeling stretch needs a pillow this member does not have: one set more instead
        assertThat(now.get("hip-flexors").exerciseId()).isEqualTo("standing-hip-flexor-stretch");
        assertThat(now.get("hip-flexors").dosage().sets()).isEqualTo(3);
        assertThat(now.get("hip-flexors").reason()).contains("from 2 to 3 sets").contains("you don't have a pillow");
        assertThat(third.state().revision()).isEqualTo(2);
        assertThat(third.state().atTargetStreaks()).allSatisfy((id, streak) -> assertThat(streak).isZero());
        assertThat(third.reason()).isEqualTo("Three good sessions in a row with pain you could manage, so we stepped six exercises up.");
        assertThat(third.programmeChanged()).isTrue();
    }

    @Test
    void aMissedTargetStartsTheCountAgain() {
        ProgramState start = acuteMember();
        ProgramState afterTwo = sessionsAsPrescribed(start, 0, 2).state();
        Prescription hinge = afterTwo.prescription("wall-hip-hinge").orElseThrow();
        List<SessionInput.ExerciseLog> logs = afterTwo.prescriptions().stream()
                .map(p -> p == hinge ? new SessionInput.ExerciseLog(p.exerciseId(), true, 1, 10, null) : Events.done(p))
                .toList();
        Adaptation third = AdaptationRules.onSession(afterTwo, Events.session(day(4), logs, 4, 3), catalog);
        assertThat(third.changes()).hasSize(5).noneMatch(c -> c.fromExerciseId().equals("wall-hip-hinge"));
        assertThat(third.state().streak("wall-hip-hinge")).isZero();
        assertThat(third.state().prescription("wall-hip-hinge")).isPresent();
    }

    @Test
    void painOfFourOrFiveStillCountsButNotAnUnratedOrExhaustingSession() {
        ProgramState start = acuteMember();
        ProgramState s = start;
        for (int d : new int[]{0, 2, 4}) {
            s = AdaptationRules.onSession(s, asPrescribed(s, day(d), 5), catalog).state();
        }
        assertThat(s.revision()).as("pain 5 is acceptable").isEqualTo(2);

        ProgramState unrated = start;
        ProgramState exhausting = start;
        for (int d : new int[]{0, 2, 4, 6}) {
            unrated = AdaptationRules.onSession(unrated, Events.session(day(d),
                    unrated.prescriptions().stream().map(Events::done).toList(), 5, null), catalog).state();
            exhausting = AdaptationRules.onSession(exhausting, Events.session(day(d),
                    exhausting.prescriptions().stream().map(Events::done).toList(), AdaptationRules.RPE_TOO_HARD, 2), catalog).state();
        }
        assertThat(unrated.prescriptions()).isEqualTo(start.prescriptions());
        assertThat(exhausting.prescriptions()).isEqualTo(start.prescriptions());
        assertThat(exhausting.recentSessionDates()).hasSize(4);
    }

    @Test
    void aSessionOutsideTheProgrammeOnlyCountsForAdherence() {
        ProgramState afterTwo = sessionsAsPrescribed(acuteMember(), 0, 2).state();
        SessionInput morningRoutine = Events.session(day(3), List.of(new SessionInput.ExerciseLog("abdominal-bracing", true, 3, null, 10)), 3, 1);
        Adaptation a = AdaptationRules.onSession(afterTwo, morningRoutine, catalog);
        assertThat(a.changes()).isEmpty();
        assertThat(a.state().atTargetStreaks()).isEqualTo(afterTwo.atTargetStreaks());
        assertThat(a.state().recentSessionDates()).hasSize(3);
    }

    @Test
    void tooMuchPainDuringASessionStepsEverythingBackDown() {
        ProgramState progressed = sessionsAsPrescribed(acuteMember(), 0, 2, 4).state();
        Adaptation flare = AdaptationRules.onSession(progressed, asPrescribed(progressed, day(5), 6), catalog);

        assertThat(flare.changes()).hasSize(6).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Change.Kind.REGRESS));
        Map<String, Prescription> now = bySlot(flare.state());
        assertThat(now.get("hip-extension").exerciseId()).isEqualTo("wall-hip-hinge");
        assertThat(now.get("hip-mobility").exerciseId()).isEqualTo("seated-hip-internal-rotation");
        assertThat(now.get("hip-flexors").dosage().sets()).as("no rung below: a set fewer").isEqualTo(2);
        assertThat(flare.reason()).isEqualTo("Your back hurt 6/10 during Saturday's session, so we stepped six exercises "
                + "back down. Nothing gets harder for a week.");
        assertThat(flare.state().lastFlareAt()).isEqualTo(day(5));
        assertThat(flare.state().atTargetStreaks()).isEmpty();
        assertThat(flare.state().revision()).isEqualTo(progressed.revision() + 1);

        // an entry rung at its lowest dosage cannot go lower: nothing to change, but the flare is remembered
        ProgramState floor = flare.state();
        for (int i = 6; i < 20; i++) {
            floor = AdaptationRules.onSession(floor, asPrescribed(floor, day(i), 8), catalog).state();
        }
        Adaptation more = AdaptationRules.onSession(floor, asPrescribed(floor, day(21), 8), catalog);
        assertThat(more.changes()).isEmpty();
        assertThat(more.state().prescriptions()).allSatisfy(p -> assertThat(p.dosage().sets()).isEqualTo(1));
    }

    @Test
    void aPainReportOfSevenIsAFlareWhateverTheContext() {
        ProgramState progressed = sessionsAsPrescribed(acuteMember(), 0, 2, 4).state();
        for (PainContext context : PainContext.values()) {
            Adaptation flare = AdaptationRules.onPain(progressed, pain(7, context, day(5)), catalog);
            assertThat(flare.changes()).as(context.code()).hasSize(6).allMatch(c -> c.kind() == Change.Kind.REGRESS);
            assertThat(flare.reason()).startsWith("You rated your back pain 7/10 on Saturday, so we stepped six exercises back down.");
        }
    }

    @Test
    void theSameFlareToldTwiceTheSameDayStepsBackOnce() {
        ProgramState progressed = sessionsAsPrescribed(acuteMember(), 0, 2, 4).state();
        Adaptation flare = AdaptationRules.onSession(progressed, asPrescribed(progressed, day(5), 7), catalog);
        Adaptation again = AdaptationRules.onPain(flare.state(), pain(8, PainContext.AFTER_SESSION, day(5).plusSeconds(3600)), catalog);
        assertThat(again.changes()).isEmpty();
        assertThat(again.state().prescriptions()).isEqualTo(flare.state().prescriptions());
        assertThat(again.state().lastFlareAt()).isEqualTo(day(5).plusSeconds(3600));
    }

    @Test
    void nothingProgressesForAWeekAfterAFlare() {
        ProgramState progressed = sessionsAsPrescribed(acuteMember(), 0, 2, 4).state();
        ProgramState flared = AdaptationRules.onSession(progressed, asPrescribed(progressed, day(5), 6), catalog).state();

        Adaptation held = sessionsAsPrescribed(flared, 6, 8, 10);
        assertThat(held.changes()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.HOLD);
            assertThat(c.reason()).contains("we wait a week after a flare-up");
            assertThat(c.fromDosage()).isEqualTo(c.toDosage());
        });
        assertThat(held.state().prescriptions()).isEqualTo(flared.prescriptions());
        assertThat(held.state().revision()).isEqualTo(flared.revision());
        assertThat(held.reason()).startsWith("We kept your programme as it is: ");

        Adaptation afterAWeek = AdaptationRules.onSession(held.state(), asPrescribed(held.state(), day(12), 2), catalog);
        assertThat(afterAWeek.changes()).isNotEmpty().allMatch(c -> c.kind() == Change.Kind.PROGRESS);
    }

    @Test
    void lowAdherenceHoldsProgression() {
        Intake daily = new Intake(4, 2, Set.of(), Set.of(), Set.of("none"), 60, 7, Goal.RELIEF);
        ProgramState start = start(daily);
        Adaptation sparse = sessionsAsPrescribed(start, 0, 6, 12);
        assertThat(sparse.changes()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.HOLD);
            assertThat(c.reason()).contains("you have done 3 of about 13 planned sessions in the last 13 days");
        });
        assertThat(sparse.state().prescriptions()).isEqualTo(start.prescriptions());

        // back in rhythm: daily sessions and the held progression goes ahead
        Adaptation regular = sessionsAsPrescribed(sparse.state(), 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(regular.state().prescriptions()).isNotEqualTo(start.prescriptions());
    }

    @Test
    void aWorseMorningAfterASessionReducesOrRegresses() {
        ProgramState progressed = sessionsAsPrescribed(acuteMember(), 0, 2, 4).state();
        ProgramState baseline = AdaptationRules.onPain(progressed, pain(3, PainContext.MORNING, morning(6)), catalog).state();
        ProgramState trained = AdaptationRules.onSession(baseline, asPrescribed(baseline, day(6), 3), catalog).state();

        Adaptation same = AdaptationRules.onPain(trained, pain(3, PainContext.MORNING, morning(7)), catalog);
        assertThat(same.changes()).isEmpty();
        assertThat(same.state().morningPain(Words.utcDate(morning(7)))).contains(3);

        Adaptation littleWorse = AdaptationRules.onPain(trained, pain(4, PainContext.MORNING, morning(7)), catalog);
        assertThat(littleWorse.changes()).hasSize(6).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.REGRESS);
            assertThat(c.exerciseChanged()).as("a dosage step, not a rung").isFalse();
            assertThat(c.toDosage().sets() + (c.toDosage().reps() == null ? 0 : c.toDosage().reps())
                    + (c.toDosage().holdSeconds() == null ? 0 : c.toDosage().holdSeconds()))
                    .isLessThan(c.fromDosage().sets() + (c.fromDosage().reps() == null ? 0 : c.fromDosage().reps())
                            + (c.fromDosage().holdSeconds() == null ? 0 : c.fromDosage().holdSeconds()));
        });
        assertThat(littleWorse.reason()).startsWith("Your back was a little worse the morning after Sunday's session");
        assertThat(littleWorse.state().lastFlareAt()).as("not a flare").isEqualTo(trained.lastFlareAt());

        Adaptation worse = AdaptationRules.onPain(trained, pain(5, PainContext.MORNING, morning(7)), catalog);
        assertThat(worse.changes()).hasSize(6).anyMatch(Change::exerciseChanged).allMatch(c -> c.kind() == Change.Kind.REGRESS);
        assertThat(worse.reason()).startsWith("Your back was 2 points worse the morning after Sunday's session, so we stepped six exercises back down.");
        assertThat(worse.state().lastFlareAt()).isEqualTo(morning(7));

        // a second morning report the same day does not count the rise again
        Adaptation secondReport = AdaptationRules.onPain(worse.state(), pain(5, PainContext.MORNING, morning(7).plusSeconds(600)), catalog);
        assertThat(secondReport.changes()).isEmpty();
    }

    @Test
    void aMorningRiseWithoutASessionTheDayBeforeChangesNothing() {
        ProgramState s = acuteMember();
        s = AdaptationRules.onPain(s, pain(2, PainContext.MORNING, morning(0)), catalog).state();
        Adaptation later = AdaptationRules.onPain(s, pain(5, PainContext.MORNING, morning(1)), catalog);
        assertThat(later.changes()).isEmpty();
        assertThat(later.state().morningPains()).hasSize(2);
    }

    @Test
    void aPainReportThatSaysNothingNewLeavesTheStateAsItWas() {
        ProgramState s = sessionsAsPrescribed(acuteMember(), 0, 2).state();
        for (PainContext context : List.of(PainContext.DURING_DAY, PainContext.AFTER_SESSION)) {
            Adaptation a = AdaptationRules.onPain(s, pain(3, context, day(2).plusSeconds(7200)), catalog);
            assertThat(a.changes()).isEmpty();
            assertThat(a.reason()).isEmpty();
            assertThat(a.state()).isSameAs(s);
        }
    }

    @Test
    void aPinnedExerciseNeverChanges() {
        ProgramState pinned = CoachOverrides.pin(acuteMember(), "wall-hip-hinge", "Keep it simple for now").state();
        Prescription before = pinned.prescription("wall-hip-hinge").orElseThrow();

        ProgramState progressed = sessionsAsPrescribed(pinned, 0, 2, 4).state();
        assertThat(progressed.prescription("wall-hip-hinge")).contains(before);
        assertThat(progressed.prescription("seated-hip-internal-rotation")).isEmpty();

        ProgramState flared = AdaptationRules.onSession(progressed, asPrescribed(progressed, day(5), 9), catalog).state();
        assertThat(flared.prescription("wall-hip-hinge")).contains(before);
        ProgramState reduced = AdaptationRules.onPain(flared, pain(8, PainContext.MORNING, morning(7)), catalog).state();
        assertThat(reduced.prescription("wall-hip-hinge")).contains(before);
    }

    @Test
    void aSwapIsKeptAcrossLaterAdaptations() {
        ProgramState chronic = start(LibraryFixture.intake(2, 40, Goal.PREVENTION, Set.of(), Set.of("none"), 60));
        assertThat(ids(chronic)).contains("hip-hinge");
        ProgramState swapped = CoachOverrides.swap(chronic, "hip-hinge", "wall-hip-hinge", "Groove the hinge first", catalog).state();

        Adaptation progressed = sessionsAsPrescribed(swapped, 0, 2, 4);
        Prescription hinge = bySlot(progressed.state()).get("hip-extension");
        assertThat(hinge.exerciseId()).as("never back to the swapped-out exercise").isEqualTo("wall-hip-hinge");
        assertThat(hinge.dosage().sets()).isEqualTo(3);
        assertThat(hinge.reason()).contains("your coach swapped it out");
        assertThat(progressed.state().swaps()).extracting(ProgramState.Swap::fromExerciseId).containsExactly("hip-hinge");
    }

    @Test
    void progressionKeepsTheSessionInsideItsTimeBudget() {
        for (int minutes : new int[]{5, 8, 12, 20}) {
            ProgramState s = start(LibraryFixture.intake(2, 40, Goal.BACK_TO_TRAINING, Set.of(), Set.copyOf(LibraryFixture.EQUIPMENT), minutes));
            for (int d = 0; d < 120; d += 2) {
                s = AdaptationRules.onSession(s, asPrescribed(s, day(d), 1), catalog).state();
                assertThat(DoseTimer.totalSeconds(s.prescriptions())).as(minutes + " minutes, day " + d)
                        .isLessThanOrEqualTo(minutes * 60);
            }
            assertThat(s.revision()).as("it did progress").isGreaterThan(1);
        }
    }

    @Test
    void progressionRespectsLimitations() {
        ProgramState s = start(LibraryFixture.intake(2, 40, Goal.BACK_TO_TRAINING,
                EnumSet.of(Limitation.CANNOT_KNEEL, Limitation.NO_FLOOR, Limitation.POOR_BALANCE, Limitation.NO_HEAVY_LOAD),
                Set.copyOf(LibraryFixture.EQUIPMENT), 60));
        Intake member = s.member(null);
        for (int d = 0; d < 120; d += 2) {
            s = AdaptationRules.onSession(s, asPrescribed(s, day(d), 1), catalog).state();
            assertThat(s.prescriptions()).allSatisfy(p -> assertThat(catalog.whyUnsuitable(catalog.get(p.exerciseId()), member)).isEmpty());
        }
    }

    @Test
    void theSameHistoryGivesTheSameState() {
        ProgramState a = acuteMember();
        ProgramState b = acuteMember();
        for (int d = 0; d < 30; d++) {
            int painDuring = d % 7 == 5 ? 6 : 2;
            a = AdaptationRules.onSession(a, asPrescribed(a, day(d), painDuring), catalog).state();
            b = AdaptationRules.onSession(b, asPrescribed(b, day(d), painDuring), catalog).state();
        }
        assertThat(a).isEqualTo(b);
    }
}
