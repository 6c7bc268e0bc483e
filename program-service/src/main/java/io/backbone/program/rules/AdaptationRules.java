package io.backbone.program.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How a programme adapts to logged sessions and pain reports. Pure and deterministic: the same
 * state and event always give the same adaptation; time comes only from the events. Dates are UTC.
 *
 * <h2>Source</h2>
 * The pain-monitoring model of Thomeé (1997, "A comprehensive treatment approach for
 * patellofemoral pain syndrome in young women", Phys Ther 77:1690-1703) as used for tendinopathy by
 * Silbernagel et al. (2007, "Continued sports activity, using a pain-monitoring model, during
 * rehabilitation in patients with Achilles tendinopathy", Am J Sports Med 35:897-906), as the
 * product brief summarises it: pain during exercise of 0-2 is safe, up to 5/10 acceptable, above 5
 * too much; pain may rise during exercise if it settles by the next morning, and morning pain must
 * not rise week on week. Here the safe band is taken as 0-{@value #SAFE_PAIN_MAX}; safe and
 * acceptable sessions both count toward progression.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li><b>Flare</b>: pain during a session above {@value #ACCEPTABLE_PAIN_MAX}/10, any pain report
 *       of {@value #FLARE_PAIN_REPORT}/10 or more, or morning pain {@value #FLARE_MORNING_RISE}+ points
 *       higher the morning after a session than the morning before it. Every exercise that is not
 *       pinned moves one rung down its ladder (or one dosage step down when the lower rung does not
 *       suit the member, or there is none); all counters reset. At most one flare step a UTC day:
 *       the same flare reported twice that day does not step back twice.</li>
 *   <li><b>Reduce</b>: morning pain exactly {@value #REDUCE_MORNING_RISE} point higher the morning
 *       after a session: every exercise that is not pinned loses one dosage step; counters reset.</li>
 *   <li><b>Progress</b>: an exercise done at target, with pain during the session of at most
 *       {@value #ACCEPTABLE_PAIN_MAX}/10 and effort below {@value #RPE_TOO_HARD}/10, in
 *       {@value #SESSIONS_TO_PROGRESS} consecutive sessions, moves one rung up its ladder, or one
 *       dosage step when it is at the top or the next rung does not suit the member (see
 *       {@link ExerciseSteps}, {@link DosageSteps}); its counter resets. A session that misses the
 *       target resets that exercise's counter. A session without a pain rating, or rated
 *       {@value #RPE_TOO_HARD}+ for effort, neither advances nor resets counters. A session that logs
 *       none of the programme's exercises (a morning routine, a warm-up) only counts for adherence.</li>
 *   <li><b>No progress after a flare</b>: nothing gets harder for {@value #NO_PROGRESS_DAYS_AFTER_FLARE}
 *       days (a rolling week, so also never in the same ISO week) after the latest flare; a due
 *       progression becomes a hold and waits.</li>
 *   <li><b>Hold on low adherence</b>: fewer than half the prescribed sessions done in the last
 *       {@value #ADHERENCE_WINDOW_DAYS} days (or since the first session, if that is more recent):
 *       a due progression becomes a hold and waits.</li>
 *   <li><b>Coach overrides</b> ({@link CoachOverrides}): a pinned exercise is never changed; a
 *       swapped-out exercise never comes back through adaptation.</li>
 * </ol>
 * An event that changes nothing returns an empty change list; the state still records the session
 * or the morning rating, and is returned as it was for any other pain report.
 */
public final class AdaptationRules {

    /** Pain during exercise up to this is safe. */
    public static final int SAFE_PAIN_MAX = 3;
    /** Pain during exercise up to this is acceptable; above it is too much (a flare). */
    public static final int ACCEPTABLE_PAIN_MAX = 5;
    /** A pain report this high, in any context, is a flare. */
    public static final int FLARE_PAIN_REPORT = 7;
    /** A next-morning rise of this many points is a flare. */
    public static final int FLARE_MORNING_RISE = 2;
    /** A next-morning rise of this many points reduces the dosage. */
    public static final int REDUCE_MORNING_RISE = 1;
    /** Consecutive good sessions before an exercise steps up. */
    public static final int SESSIONS_TO_PROGRESS = 3;
    /** The window for adherence. */
    public static final int ADHERENCE_WINDOW_DAYS = 14;
    /** Days after a flare during which nothing gets harder. */
    public static final int NO_PROGRESS_DAYS_AFTER_FLARE = 7;
    /** Effort (RPE) from which a session does not count toward progression. */
    public static final int RPE_TOO_HARD = 9;
    /** The oldest morning rating that still counts as "the morning before the session". */
    public static final int MORNING_BASELINE_MAX_AGE_DAYS = 7;

    private static final String WHILE_SETTLING = "while your back settles.";
    private static final String AFTER_GOOD_SESSIONS = "after three good sessions in a row.";

    private AdaptationRules() {
    }

    public static Adaptation onSession(ProgramState state, SessionInput session, Catalog catalog) {
        LocalDate day = Words.utcDate(session.performedAt());
        ProgramState logged = state.withSessionOn(day);
        Integer pain = session.painDuring();
        if (pain != null && pain > ACCEPTABLE_PAIN_MAX) {
            return flare(logged, session.performedAt(), catalog,
                    "Your back hurt " + pain + "/10 during " + Words.day(day) + "'s session");
        }
        return progress(logged, session, catalog, day);
    }

    public static Adaptation onPain(ProgramState state, PainInput pain, Catalog catalog) {
        LocalDate day = Words.utcDate(pain.reportedAt());
        boolean morning = pain.context() == PainContext.MORNING;
        boolean firstThisMorning = morning && state.morningPain(day).isEmpty();
        ProgramState recorded = morning ? state.withMorningPain(day, pain.rating()) : state;
        if (pain.rating() >= FLARE_PAIN_REPORT) {
            return flare(recorded, pain.reportedAt(), catalog,
                    "You rated your back pain " + pain.rating() + "/10 on " + Words.day(day));
        }
        if (firstThisMorning) {
            Optional<LocalDate> sessionDay = state.lastSessionBefore(day).filter(d -> d.plusDays(1).equals(day));
            Optional<Integer> before = sessionDay.flatMap(d -> state.morningPainOnOrBefore(d, MORNING_BASELINE_MAX_AGE_DAYS));
            if (before.isPresent()) {
                int rise = pain.rating() - before.get();
                String after = "the morning after " + Words.day(sessionDay.get()) + "'s session";
                if (rise >= FLARE_MORNING_RISE) {
                    return flare(recorded, pain.reportedAt(), catalog,
                            "Your back was " + rise + " points worse " + after);
                }
                if (rise == REDUCE_MORNING_RISE) {
                    return reduce(recorded, catalog, day, "Your back was a little worse " + after);
                }
            }
        }
        return Adaptation.unchanged(recorded);
    }

    private static Adaptation progress(ProgramState state, SessionInput session, Catalog catalog, LocalDate day) {
        boolean touchesProgramme = session.exercises().stream()
                .anyMatch(log -> state.prescription(log.exerciseId()).isPresent());
        if (!touchesProgramme) {
            return Adaptation.unchanged(state);
        }
        boolean counts = session.painDuring() != null && (session.rpe() == null || session.rpe() < RPE_TOO_HARD);
        ExerciseSteps steps = new ExerciseSteps(state, catalog, day);
        List<Prescription> current = new ArrayList<>(state.prescriptions());
        Map<String, Integer> streaks = new TreeMap<>(state.atTargetStreaks());
        List<Change> changes = new ArrayList<>();
        Set<String> holdReasons = new LinkedHashSet<>();
        for (int i = 0; i < current.size(); i++) {
            Prescription p = current.get(i);
            if (state.isPinned(p.exerciseId())) {
                continue;
            }
            if (!atTarget(session, p)) {
                streaks.put(p.exerciseId(), 0);
                continue;
            }
            if (!counts) {
                continue;
            }
            int streak = Math.min(SESSIONS_TO_PROGRESS, streaks.getOrDefault(p.exerciseId(), 0) + 1);
            streaks.put(p.exerciseId(), streak);
            if (streak < SESSIONS_TO_PROGRESS) {
                continue;
            }
            Optional<String> hold = holdReason(state, session.performedAt(), day);
            if (hold.isPresent()) {
                holdReasons.add(hold.get());
                changes.add(Change.hold(p, p.name() + " is ready to step up, but " + hold.get() + "."));
                continue;
            }
            Optional<ExerciseSteps.Move> move = steps.harder(current, p, AFTER_GOOD_SESSIONS);
            if (move.isPresent()) {
                Prescription next = move.get().to();
                current.set(i, next);
                streaks.remove(p.exerciseId());
                streaks.put(next.exerciseId(), 0);
                changes.add(Change.between(Change.Kind.PROGRESS, p, next, move.get().change()));
            } else if (!steps.atCeiling(current, p)) {
                String noRoom = "a harder version would not fit your " + state.profile().minutesPerSession() + " minutes";
                holdReasons.add(noRoom);
                changes.add(Change.hold(p, p.name() + " is ready to step up, but " + noRoom + "."));
            }
        }
        ProgramState next = state.withPrescriptions(current).withStreaks(onlyCurrent(streaks, current));
        long progressed = changes.stream().filter(c -> c.kind() == Change.Kind.PROGRESS).count();
        if (progressed > 0) {
            next = next.nextRevision(catalog.version());
        }
        String howItFelt = progressed == 0 ? "" : session.painDuring() <= SAFE_PAIN_MAX ? " with little pain" : " with pain you could manage";
        String reason = Words.sentences(
                progressed == 0 ? null : "Three good sessions in a row" + howItFelt + ", so we stepped "
                        + Words.count((int) progressed, "exercise", "exercises") + " up.",
                holdReasons.isEmpty() ? null : (progressed == 0 ? "We kept your programme as it is: " : "We held back the rest: ")
                        + String.join("; ", holdReasons) + ".");
        return new Adaptation(next, changes, reason);
    }

    /** Why a due progression must wait (the end of a sentence, no full stop), or empty when it may go ahead. */
    private static Optional<String> holdReason(ProgramState state, Instant at, LocalDate day) {
        Instant flare = state.lastFlareAt();
        if (flare != null && at.isBefore(flare.plus(Duration.ofDays(NO_PROGRESS_DAYS_AFTER_FLARE)))) {
            return Optional.of("we wait a week after a flare-up before making anything harder");
        }
        long window = Math.max(1, Math.min(ADHERENCE_WINDOW_DAYS, ChronoUnit.DAYS.between(state.firstSessionOn(), day) + 1));
        long done = state.recentSessionDates().stream()
                .filter(d -> !d.isAfter(day) && d.isAfter(day.minusDays(window))).count();
        long planned = state.profile().sessionsPerWeek() * window;
        if (done * 2 * 7 < planned) { // fewer than half of sessionsPerWeek x window / 7
            return Optional.of("you have done " + done + " of about " + (planned + 6) / 7 + " planned sessions in the last "
                    + (window == ADHERENCE_WINDOW_DAYS ? "two weeks" : window + " days")
                    + ", so we keep things as they are until you are back in your rhythm");
        }
        return Optional.empty();
    }

    /** Done as prescribed: every entry for the exercise done, and no number below the target. */
    private static boolean atTarget(SessionInput session, Prescription p) {
        List<SessionInput.ExerciseLog> logs = session.exercises().stream()
                .filter(log -> p.exerciseId().equals(log.exerciseId())).toList();
        Dosage target = p.dosage();
        return !logs.isEmpty() && logs.stream().allMatch(log -> log.done()
                && (log.sets() == null || log.sets() >= target.sets())
                && (log.reps() == null || target.reps() == null || log.reps() >= target.reps())
                && (log.holdSeconds() == null || target.holdSeconds() == null || log.holdSeconds() >= target.holdSeconds()));
    }

    private static Adaptation flare(ProgramState state, Instant at, Catalog catalog, String what) {
        Instant previous = state.lastFlareAt();
        Instant latest = previous == null || at.isAfter(previous) ? at : previous;
        ProgramState flared = state.withLastFlareAt(latest).withStreaks(Map.of());
        if (previous != null && Words.utcDate(previous).equals(Words.utcDate(at))) {
            return Adaptation.unchanged(flared); // the same flare told twice: one step back is enough
        }
        ExerciseSteps steps = new ExerciseSteps(state, catalog, Words.utcDate(at));
        List<Prescription> current = new ArrayList<>(state.prescriptions());
        List<Change> changes = stepDownUnpinned(state, current, p -> steps.easier(current, p, WHILE_SETTLING));
        return regressed(flared, catalog, current, changes, what + ", so we stepped "
                + Words.count(changes.size(), "exercise", "exercises") + " back down. Nothing gets harder for a week.");
    }

    private static Adaptation reduce(ProgramState state, Catalog catalog, LocalDate day, String what) {
        ExerciseSteps steps = new ExerciseSteps(state, catalog, day);
        List<Prescription> current = new ArrayList<>(state.prescriptions());
        List<Change> changes = stepDownUnpinned(state, current,
                p -> steps.easierDosage(p, "for now, as your back was a little worse the next morning."));
        return regressed(state.withStreaks(Map.of()), catalog, current, changes, what + ", so we eased off "
                + Words.count(changes.size(), "exercise", "exercises") + " a little.");
    }

    /** Replaces, in place, every exercise the coach has not pinned by its easier step, where it has one. */
    private static List<Change> stepDownUnpinned(ProgramState state, List<Prescription> current,
                                                 Function<Prescription, Optional<ExerciseSteps.Move>> easier) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            Prescription p = current.get(i);
            if (state.isPinned(p.exerciseId())) {
                continue;
            }
            Optional<ExerciseSteps.Move> move = easier.apply(p);
            if (move.isPresent()) {
                current.set(i, move.get().to());
                changes.add(Change.between(Change.Kind.REGRESS, p, move.get().to(), move.get().change()));
            }
        }
        return changes;
    }

    private static Adaptation regressed(ProgramState state, Catalog catalog, List<Prescription> current, List<Change> changes,
                                        String reason) {
        if (changes.isEmpty()) {
            return Adaptation.unchanged(state);
        }
        return new Adaptation(state.withPrescriptions(current).nextRevision(catalog.version()), changes, reason);
    }

    private static Map<String, Integer> onlyCurrent(Map<String, Integer> streaks, List<Prescription> current) {
        Map<String, Integer> kept = new TreeMap<>();
        current.forEach(p -> kept.put(p.exerciseId(), streaks.getOrDefault(p.exerciseId(), 0)));
        return kept;
    }
}
