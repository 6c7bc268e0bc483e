package io.backbone.program.rules;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Properties of the adaptation rules over seeded-random histories: each history is generated
 * while it is folded (sessions log the exercises the member has at that moment), recorded, and
 * replayed.
 */
class AdaptationPropertiesTest {

    private static final int HISTORIES = 150;
    private static final int EVENTS = 60;
    private static final Map<Long, Run> RUNS = new ConcurrentHashMap<>();
    private final Catalog catalog = LibraryFixture.catalog();

    /** The run of a seed, folded once and shared by the tests. */
    private Run recorded(long seed) {
        return RUNS.computeIfAbsent(seed, this::run);
    }

    /** One event of a history: a session or a pain report. */
    private record Event(SessionInput session, PainInput pain) {
        Instant at() {
            return session != null ? session.performedAt() : pain.reportedAt();
        }

        boolean flareSignal() {
            return session != null ? session.painDuring() != null && session.painDuring() > AdaptationRules.ACCEPTABLE_PAIN_MAX
                    : pain.rating() >= AdaptationRules.FLARE_PAIN_REPORT;
        }

        Adaptation apply(ProgramState state, Catalog catalog) {
            return session != null ? AdaptationRules.onSession(state, session, catalog) : AdaptationRules.onPain(state, pain, catalog);
        }
    }

    /** A start state, with random coach pins and maybe a swap, and the history folded over it. */
    private record Run(ProgramState start, Set<String> pinned, List<Event> events, List<Adaptation> adaptations) {
    }

    @Test
    void theSameHistoryGivesTheSameStates() {
        for (long seed = 1; seed <= HISTORIES; seed++) {
            Run run = recorded(seed);
            ProgramState replayed = run.start();
            for (int i = 0; i < run.events().size(); i++) {
                Adaptation again = run.events().get(i).apply(replayed, catalog);
                assertThat(again).as("seed " + seed + " event " + i).isEqualTo(run.adaptations().get(i));
                replayed = again.state();
            }
            assertThat(run(seed)).as("seed " + seed).isEqualTo(run);
        }
    }

    @Test
    void aFlareNeverProgressesNorDoesTheWeekAfterIt() {
        int flares = 0;
        int progressions = 0;
        for (long seed = 1; seed <= HISTORIES; seed++) {
            Run run = recorded(seed);
            List<Instant> flaresSoFar = new ArrayList<>();
            ProgramState before = run.start();
            for (int i = 0; i < run.events().size(); i++) {
                Event event = run.events().get(i);
                Adaptation a = run.adaptations().get(i);
                boolean progressed = a.changes().stream().anyMatch(c -> c.kind() == Change.Kind.PROGRESS);
                if (event.flareSignal()) {
                    flares++;
                    assertThat(progressed).as("seed " + seed + ": a flare progressed").isFalse();
                }
                if (progressed) {
                    progressions++;
                    for (Instant flare : flaresSoFar) {
                        assertThat(Duration.between(flare, event.at())).as("seed " + seed + " event " + i)
                                .isGreaterThanOrEqualTo(Duration.ofDays(AdaptationRules.NO_PROGRESS_DAYS_AFTER_FLARE));
                        assertThat(isoWeek(flare)).as("seed " + seed + ": progress in the ISO week of a flare")
                                .isNotEqualTo(isoWeek(event.at()));
                    }
                }
                if (a.state().lastFlareAt() != null && !a.state().lastFlareAt().equals(before.lastFlareAt())) {
                    flaresSoFar.add(a.state().lastFlareAt());
                }
                before = a.state();
            }
        }
        assertThat(flares).as("the histories do flare").isGreaterThan(50);
        assertThat(progressions).as("and do progress").isGreaterThan(50);
    }

    @Test
    void pinnedExercisesNeverChangeAndSwapsAreKept() {
        int pinnedSeen = 0;
        for (long seed = 1; seed <= HISTORIES; seed++) {
            Run run = recorded(seed);
            Map<String, Prescription> pinned = new TreeMap<>();
            run.pinned().forEach(id -> pinned.put(id, run.start().prescription(id).orElseThrow()));
            pinnedSeen += pinned.size();
            Set<String> swappedOut = new HashSet<>();
            run.start().swaps().forEach(s -> swappedOut.add(s.fromExerciseId()));
            for (Adaptation a : run.adaptations()) {
                pinned.forEach((id, p) -> assertThat(a.state().prescription(id)).contains(p));
                assertThat(a.changes()).noneMatch(c -> pinned.containsKey(c.fromExerciseId()) && c.kind() != Change.Kind.HOLD);
                assertThat(a.state().prescriptions()).noneMatch(p -> swappedOut.contains(p.exerciseId()));
            }
        }
        assertThat(pinnedSeen).isGreaterThan(HISTORIES / 2);
    }

    @Test
    void everyStateStaysConsistent() {
        for (long seed = 1; seed <= HISTORIES; seed++) {
            Run run = recorded(seed);
            ProgramState before = run.start();
            Intake member = before.member(null);
            List<String> slots = before.prescriptions().stream().map(Prescription::slot).toList();
            for (int i = 0; i < run.adaptations().size(); i++) {
                Adaptation a = run.adaptations().get(i);
                ProgramState after = a.state();
                String where = "seed " + seed + " event " + i + ": ";
                // plain checks in the inner loop: tens of thousands of them
                check(DoseTimer.totalSeconds(after.prescriptions()) <= after.budgetSeconds(), where + "over budget");
                check(after.prescriptions().stream().map(Prescription::exerciseId).distinct().count() == after.prescriptions().size(),
                        where + "an exercise twice");
                check(after.prescriptions().stream().map(Prescription::slot).toList().equals(slots), where + "slots changed");
                for (Prescription p : after.prescriptions()) {
                    CatalogExercise e = catalog.get(p.exerciseId());
                    check(catalog.suitable(e, member), where + p.exerciseId() + " does not suit the member");
                    check(!p.reason().isBlank(), where + "no reason");
                    check(p.estimatedSeconds() == DoseTimer.estimateSeconds(p.dosage()), where + "stale estimate");
                    check(p.dosage().sets() >= 1 && p.dosage().sets() <= Math.max(DosageSteps.MAX_SETS, e.dosage().sets()),
                            where + "sets out of range: " + p);
                }
                check(after.revision() == before.revision() + (a.programmeChanged() ? 1 : 0), where + "revision");
                if (a.changed()) {
                    check(!a.reason().isBlank(), where + "no revision reason");
                    check(a.changes().stream().noneMatch(c -> c.reason().isBlank()), where + "a change without a reason");
                } else {
                    check(after.prescriptions().equals(before.prescriptions()), where + "changed silently");
                    check(a.reason().isEmpty(), where + "a reason without a change");
                }
                check(after.atTargetStreaks().values().stream().allMatch(n -> n >= 0 && n <= AdaptationRules.SESSIONS_TO_PROGRESS),
                        where + "streak out of range");
                before = after;
            }
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            fail(message);
        }
    }

    private Run run(long seed) {
        Random random = new Random(seed);
        Intake intake = RandomIntakes.next(random).withMinutesPerSession(5 + random.nextInt(56));
        ProgramState state = ProgramState.initial(ProgramGenerator.generate(intake, catalog));
        Set<String> pinned = new HashSet<>();
        for (Prescription p : state.prescriptions()) {
            if (random.nextInt(4) == 0) {
                state = CoachOverrides.pin(state, p.exerciseId(), "coach's choice").state();
                pinned.add(p.exerciseId());
            }
        }
        if (random.nextBoolean()) {
            state = randomSwap(state, random, pinned);
        }
        ProgramState start = state;
        assertThat(DoseTimer.totalSeconds(start.prescriptions())).as("seed " + seed).isLessThanOrEqualTo(start.budgetSeconds());
        List<Event> events = new ArrayList<>();
        List<Adaptation> adaptations = new ArrayList<>();
        Instant at = Events.MONDAY_EVENING.plus(Duration.ofHours(random.nextInt(24 * 7)));
        for (int i = 0; i < EVENTS; i++) {
            at = at.plus(Duration.ofHours(6 + random.nextInt(55)));
            Event event = random.nextInt(100) < 65 ? new Event(randomSession(state, at, random), null)
                    : new Event(null, new PainInput(painRating(random), PainContext.values()[random.nextInt(3)], at));
            Adaptation adaptation = event.apply(state, catalog);
            events.add(event);
            adaptations.add(adaptation);
            state = adaptation.state();
        }
        return new Run(start, pinned, events, adaptations);
    }

    private ProgramState randomSwap(ProgramState state, Random random, Set<String> pinned) {
        List<Prescription> free = state.prescriptions().stream().filter(p -> !pinned.contains(p.exerciseId())).toList();
        if (free.isEmpty()) {
            return state;
        }
        Prescription from = free.get(random.nextInt(free.size()));
        Intake member = state.member(null);
        ProgramState current = state;
        Optional<CatalogExercise> to = catalog.exercises().stream()
                .filter(e -> e.trains(from.slot()) && current.prescription(e.id()).isEmpty() && catalog.suitable(e, member))
                .skip(random.nextInt(3)).findFirst();
        return to.map(e -> CoachOverrides.swap(current, from.exerciseId(), e.id(), "coach's swap", catalog).state()).orElse(state);
    }

    private static SessionInput randomSession(ProgramState state, Instant at, Random random) {
        List<SessionInput.ExerciseLog> logs = new ArrayList<>();
        for (Prescription p : state.prescriptions()) {
            int roll = random.nextInt(100);
            if (roll < 85) {
                logs.add(Events.done(p));
            } else if (roll < 95) {
                logs.add(new SessionInput.ExerciseLog(p.exerciseId(), random.nextBoolean(), Math.max(0, p.dosage().sets() - 1), null, null));
            }
        }
        int painRoll = random.nextInt(100);
        Integer painDuring = painRoll < 8 ? null : painRoll < 70 ? random.nextInt(4) : painRoll < 90 ? 4 + random.nextInt(2) : 6 + random.nextInt(4);
        Integer rpe = random.nextInt(20) == 0 ? AdaptationRules.RPE_TOO_HARD : 3 + random.nextInt(5);
        return new SessionInput(at, logs, rpe, painDuring);
    }

    private static int painRating(Random random) {
        int roll = random.nextInt(100);
        return roll < 75 ? random.nextInt(5) : roll < 92 ? 5 + random.nextInt(2) : 7 + random.nextInt(3);
    }

    private static String isoWeek(Instant at) {
        LocalDate date = at.atZone(ZoneOffset.UTC).toLocalDate();
        return date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
