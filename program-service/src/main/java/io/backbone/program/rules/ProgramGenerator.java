package io.backbone.program.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a programme from an intake and a catalog snapshot. Pure and deterministic: no clock, no
 * randomness, ties broken by id.
 *
 * <ul>
 *   <li>Slots follow the joint-by-joint approach ({@link Slot}): glute strength, core stability,
 *       hip mobility, upper-back mobility, then a hip-flexor and a side-body stretch when time allows.</li>
 *   <li>Each slot's exercise comes from {@link SlotPicker}: limitations, equipment and a sore back
 *       ({@link SpineSafety}) respected, starting rung after {@link StartingRung}.</li>
 *   <li>Pain of {@value Intake#HIGH_PAIN}/10 or more takes one set off each exercise (after fitting the
 *       budget, so the session gets shorter).</li>
 *   <li>The main session fits {@code minutesPerSession} ({@link BudgetFitter}, {@link DoseTimer}).
 *       Which slots make it in is decided on the member's pain-free choices, so more pain never
 *       adds exercises.</li>
 * </ul>
 */
public final class ProgramGenerator {

    public static final int MORNING_ROUTINE_SECONDS = 5 * 60;
    public static final int WARM_UP_SECONDS = 8 * 60;
    public static final Set<String> MORNING_TAGS = Set.of("morning-routine");
    public static final Set<String> WARM_UP_TAGS = Set.of("warm-up", "gym-prep");

    private static final List<Slot> ALL_SLOTS = List.of(Slot.values());

    private ProgramGenerator() {
    }

    /** @throws IllegalArgumentException when the intake has red flags: screen first and refer */
    public static ProgramPlan generate(Intake intake, Catalog catalog) {
        if (!intake.redFlags().isEmpty()) {
            throw new IllegalArgumentException("intake has red flags ("
                    + intake.redFlags().stream().map(RedFlag::code).collect(Collectors.joining(", "))
                    + "): refer to a clinician instead of generating a programme");
        }
        int budget = Math.max(0, intake.minutesPerSession()) * 60;
        SessionBuilder builder = new SessionBuilder(catalog, intake);

        List<Draft> main = BudgetFitter.fitChosen(builder.draft(slotsThatFit(intake, catalog, budget), Set.of()), budget);
        SessionPlan mainSession = builder.plan(SessionKind.MAIN, budget, main);

        int morningBudget = Math.min(MORNING_ROUTINE_SECONDS, budget);
        SessionPlan morning = builder.plan(SessionKind.MORNING_ROUTINE, morningBudget,
                BudgetFitter.fit(builder.draft(ALL_SLOTS, MORNING_TAGS), morningBudget));
        int warmUpBudget = Math.min(WARM_UP_SECONDS, budget);
        SessionPlan warmUp = builder.plan(SessionKind.WARM_UP, warmUpBudget,
                BudgetFitter.fit(builder.draft(ALL_SLOTS, WARM_UP_TAGS), warmUpBudget));

        return new ProgramPlan(catalog.version(), intake, intake.sessionsPerWeek(), mainSession, morning, warmUp,
                PhasePlanner.phases(intake), summary(intake, mainSession, morning, warmUp));
    }

    /**
     * The slots of the main session, decided on the choices the member would get without pain:
     * the exercises a painful back gets are no longer but sometimes shorter, and a shorter session
     * must not squeeze in an extra exercise when pain goes up.
     */
    private static List<Slot> slotsThatFit(Intake intake, Catalog catalog, int budget) {
        List<Draft> painFree = new SessionBuilder(catalog, intake.withPainNow(0)).draft(ALL_SLOTS, Set.of());
        Set<Slot> kept = EnumSet.noneOf(Slot.class);
        BudgetFitter.fit(painFree, budget).forEach(d -> kept.add(d.slot()));
        return Arrays.stream(Slot.values()).filter(kept::contains).toList();
    }

    private static String summary(Intake intake, SessionPlan main, SessionPlan morning, SessionPlan warmUp) {
        if (main.prescriptions().isEmpty()) {
            return "Your " + intake.minutesPerSession() + " minutes are too short for a full exercise. "
                    + "Give yourself at least five minutes a session and we will build your programme.";
        }
        List<String> parts = main.prescriptions().stream()
                .map(p -> Slot.find(p.slot()).map(Slot::description).orElse(p.slot())).toList();
        String start = intake.highPain()
                ? "We start gently, with a set fewer than usual, because your pain is high right now."
                : intake.duration() == PainDuration.ACUTE ? "We start gently because your pain began recently."
                : StartingRung.stepsUp(intake) > 0 ? "Because your pain is low, some exercises start one step up."
                : "Every exercise starts at its easiest version and steps up as it gets easy.";
        String extras = "There is also " + variant(morning, "morning routine") + " and "
                + variant(warmUp, "warm-up for gym days") + ".";
        return Words.sentences(
                "Your programme: " + Words.count(main.prescriptions().size(), "exercise", "exercises") + " in about "
                        + main.minutes() + " minutes, " + intake.sessionsPerWeek() + " times a week, covering "
                        + Words.list(parts) + ".",
                "It works the joints above and below your lower back (your hips and upper back) and teaches your "
                        + "lower back to stay steady instead of stretching it.",
                start,
                morning.prescriptions().isEmpty() && warmUp.prescriptions().isEmpty() ? null : extras,
                "Pain up to 5/10 during an exercise is fine if it settles by the next morning. If it goes higher, "
                        + "or your back is worse the next morning, log it and we will ease off.");
    }

    private static String variant(SessionPlan session, String name) {
        if (session.prescriptions().isEmpty()) {
            return "a " + name;
        }
        String minutes = Integer.toString(session.minutes());
        boolean an = minutes.startsWith("8") || minutes.equals("11") || minutes.equals("18");
        return (an ? "an " : "a ") + minutes + "-minute " + name;
    }
}
