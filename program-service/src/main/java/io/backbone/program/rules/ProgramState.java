package io.backbone.program.rules;

import io.backbone.vocabulary.Goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything the adaptation rules remember about one member's programme, in simple serialisable
 * types (records, String, int, boolean, Instant, LocalDate, List, Map with String keys). Lists and
 * maps are copied into unmodifiable, stably ordered collections, so two states built from the same
 * history are equal. Dates are UTC.
 *
 * @param revision           1 for a generated programme, +1 with every change to it
 * @param catalogVersion     the catalog snapshot the latest revision was built from
 * @param prescriptions      the main session, the one the rules adapt
 * @param atTargetStreaks    per exercise id: consecutive sessions done at target with acceptable pain
 * @param pins               exercise id to the coach's reason: never changed by adaptation
 * @param swaps              the coach's swaps; adaptation never moves back onto a swapped-out exercise
 * @param lastFlareAt        the latest flare-up, null when none
 * @param firstSessionOn     the date of the first logged session, null before it
 * @param recentSessionDates one entry per logged session in the last {@value #SESSION_HISTORY_DAYS} days, sorted
 * @param morningPains       morning ratings of the last {@value #MORNING_HISTORY_DAYS} days, one per date, sorted
 */
public record ProgramState(int revision, String catalogVersion, Profile profile, List<Prescription> prescriptions,
                           Map<String, Integer> atTargetStreaks, Map<String, String> pins, List<Swap> swaps,
                           Instant lastFlareAt, LocalDate firstSessionOn, List<LocalDate> recentSessionDates,
                           List<MorningPain> morningPains) {

    public static final int SESSION_HISTORY_DAYS = 28;
    public static final int MORNING_HISTORY_DAYS = 14;

    public ProgramState {
        prescriptions = List.copyOf(prescriptions);
        atTargetStreaks = sorted(atTargetStreaks);
        pins = sorted(pins);
        swaps = swaps == null ? List.of() : List.copyOf(swaps);
        recentSessionDates = recentSessionDates == null ? List.of() : recentSessionDates.stream().sorted().toList();
        morningPains = morningPains == null ? List.of()
                : morningPains.stream().sorted(Comparator.comparing(MorningPain::date)).toList();
    }

    /** What the member told us at intake, kept to judge later steps by the same limits. */
    public record Profile(int painAtIntake, int durationWeeksAtIntake, List<String> limitations, List<String> equipment,
                          String goal, int minutesPerSession, int sessionsPerWeek) {

        public Profile {
            limitations = limitations == null ? List.of() : limitations.stream().sorted().toList();
            equipment = equipment == null ? List.of() : equipment.stream().sorted().toList();
        }

        public static Profile of(Intake intake) {
            return new Profile(intake.painNow(), intake.durationWeeks(),
                    intake.limitations().stream().map(Limitation::code).toList(), List.copyOf(intake.equipment()),
                    intake.goal().code(), intake.minutesPerSession(), intake.sessionsPerWeek());
        }

        /** The member as an intake with today's pain and pain duration. */
        public Intake asIntake(int painNow, int durationWeeks) {
            return new Intake(painNow, durationWeeks, null,
                    limitations.stream().map(Limitation::fromCode).collect(Collectors.toSet()),
                    new TreeSet<>(equipment),
                    minutesPerSession, sessionsPerWeek, Goal.fromCode(goal));
        }
    }

    /** A coach's swap: {@code toExerciseId} replaced {@code fromExerciseId}. */
    public record Swap(String fromExerciseId, String toExerciseId, String reason) {
    }

    /** A morning pain rating. */
    public record MorningPain(LocalDate date, int rating) {
    }

    /** The state of a freshly generated programme: its main session, nothing logged yet. */
    public static ProgramState initial(ProgramPlan plan) {
        return new ProgramState(1, plan.catalogVersion(), Profile.of(plan.intake()), plan.main().prescriptions(),
                Map.of(), Map.of(), List.of(), null, null, List.of(), List.of());
    }

    public Optional<Prescription> prescription(String exerciseId) {
        return prescriptions.stream().filter(p -> p.exerciseId().equals(exerciseId)).findFirst();
    }

    public boolean isPinned(String exerciseId) {
        return pins.containsKey(exerciseId);
    }

    public int streak(String exerciseId) {
        return atTargetStreaks.getOrDefault(exerciseId, 0);
    }

    /** Whether a coach swapped this exercise out (adaptation does not bring it back). */
    public boolean swappedOut(String exerciseId) {
        return swaps.stream().anyMatch(s -> s.fromExerciseId().equals(exerciseId));
    }

    public int budgetSeconds() {
        return Math.max(0, profile.minutesPerSession()) * 60;
    }

    public Optional<Integer> morningPain(LocalDate date) {
        return morningPains.stream().filter(m -> m.date().equals(date)).map(MorningPain::rating).findFirst();
    }

    /** The most recent morning rating on or before {@code date} and no older than {@code maxAgeDays}. */
    public Optional<Integer> morningPainOnOrBefore(LocalDate date, int maxAgeDays) {
        return morningPains.stream()
                .filter(m -> !m.date().isAfter(date) && !m.date().isBefore(date.minusDays(maxAgeDays)))
                .reduce((first, second) -> second).map(MorningPain::rating);
    }

    /** The latest session date strictly before {@code date}. */
    public Optional<LocalDate> lastSessionBefore(LocalDate date) {
        return recentSessionDates.stream().filter(d -> d.isBefore(date)).reduce((first, second) -> second);
    }

    /**
     * The member as the rules see them on {@code today}: pain is the latest morning rating (the
     * intake rating until there is one), and the episode has aged since the first session.
     */
    public Intake member(LocalDate today) {
        int pain = morningPains.isEmpty() ? profile.painAtIntake() : morningPains.get(morningPains.size() - 1).rating();
        long weeks = firstSessionOn == null || today == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(firstSessionOn, today) / 7);
        return profile.asIntake(pain, (int) Math.min(Integer.MAX_VALUE, profile.durationWeeksAtIntake() + weeks));
    }

    ProgramState withPrescriptions(List<Prescription> next) {
        return new ProgramState(revision, catalogVersion, profile, next, atTargetStreaks, pins, swaps, lastFlareAt,
                firstSessionOn, recentSessionDates, morningPains);
    }

    ProgramState withStreaks(Map<String, Integer> next) {
        return new ProgramState(revision, catalogVersion, profile, prescriptions, next, pins, swaps, lastFlareAt,
                firstSessionOn, recentSessionDates, morningPains);
    }

    ProgramState withPins(Map<String, String> next) {
        return new ProgramState(revision, catalogVersion, profile, prescriptions, atTargetStreaks, next, swaps, lastFlareAt,
                firstSessionOn, recentSessionDates, morningPains);
    }

    ProgramState withSwaps(List<Swap> next) {
        return new ProgramState(revision, catalogVersion, profile, prescriptions, atTargetStreaks, pins, next, lastFlareAt,
                firstSessionOn, recentSessionDates, morningPains);
    }

    ProgramState withLastFlareAt(Instant at) {
        return new ProgramState(revision, catalogVersion, profile, prescriptions, atTargetStreaks, pins, swaps, at,
                firstSessionOn, recentSessionDates, morningPains);
    }

    ProgramState nextRevision() {
        return nextRevision(catalogVersion);
    }

    /** The next revision, built from this catalog version. */
    ProgramState nextRevision(String fromCatalogVersion) {
        return new ProgramState(revision + 1, fromCatalogVersion, profile, prescriptions, atTargetStreaks, pins, swaps,
                lastFlareAt, firstSessionOn, recentSessionDates, morningPains);
    }

    /** Records a session on {@code date}, forgetting sessions older than the history window. */
    ProgramState withSessionOn(LocalDate date) {
        List<LocalDate> dates = new ArrayList<>(recentSessionDates);
        dates.add(date);
        LocalDate latest = dates.stream().max(Comparator.naturalOrder()).orElse(date);
        dates.removeIf(d -> d.isBefore(latest.minusDays(SESSION_HISTORY_DAYS - 1)));
        LocalDate first = firstSessionOn == null || date.isBefore(firstSessionOn) ? date : firstSessionOn;
        return new ProgramState(revision, catalogVersion, profile, prescriptions, atTargetStreaks, pins, swaps,
                lastFlareAt, first, dates, morningPains);
    }

    /** Records a morning rating (a later one the same day replaces it), forgetting old ones. */
    ProgramState withMorningPain(LocalDate date, int rating) {
        List<MorningPain> ratings = new ArrayList<>(morningPains);
        ratings.removeIf(m -> m.date().equals(date));
        ratings.add(new MorningPain(date, rating));
        LocalDate latest = ratings.stream().map(MorningPain::date).max(Comparator.naturalOrder()).orElse(date);
        ratings.removeIf(m -> m.date().isBefore(latest.minusDays(MORNING_HISTORY_DAYS - 1)));
        return new ProgramState(revision, catalogVersion, profile, prescriptions, atTargetStreaks, pins, swaps,
                lastFlareAt, firstSessionOn, recentSessionDates, ratings);
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
