package io.backbone.demo;

import java.util.List;
import java.util.Random;

/**
 * One synthetic member: how often they train, how their pain moves, whether and when they flare or
 * drop out. Everything follows from the seed and the member's number, so a gym is reproducible.
 */
public record Persona(int number, String displayName, int painAtStart, int durationWeeks, List<String> limitations,
                      List<String> equipment, int minutesPerSession, String goal, double adherence,
                      double weeklyPainChange, int flareWeek, int dropoutWeek, boolean redFlag) {

    private static final String[] FIRST = {"Alex", "Sam", "Robin", "Jo", "Kim", "Lee", "Pat", "Chris", "Dana", "Nico",
            "Maya", "Omar", "Ines", "Tom", "Lena", "Yusuf", "Ana", "Ben", "Sofia", "Ravi", "Hana", "Lars", "Zoe", "Ivo"};
    private static final String[][] EQUIPMENT = {{}, {"band"}, {"band", "kettlebell", "mat"}, {"mat", "pillow"},
            {"band", "mat", "dowel"}, {"kettlebell", "sandbag", "squat-rack", "band"}};
    private static final String[] GOALS = {"relief", "relief", "prevention", "back-to-training"};

    /** The gym's personas; exactly one (number 7) reports a red flag at intake. */
    public static Persona of(long seed, int number, int weeks) {
        Random r = new Random(seed * 1_000_003L + number);
        String name = FIRST[r.nextInt(FIRST.length)] + " " + (char) ('A' + r.nextInt(26)) + ".";
        int pain = 2 + r.nextInt(7);
        int duration = r.nextDouble() < 0.3 ? 1 + r.nextInt(5) : 6 + r.nextInt(60);
        List<String> limitations = r.nextDouble() < 0.25 ? List.of("cannot-kneel") : r.nextDouble() < 0.1 ? List.of("no-floor") : List.of();
        double adherence = Math.min(1, Math.max(0.1, 0.35 + 0.65 * r.nextDouble() + (r.nextDouble() < 0.2 ? -0.3 : 0)));
        double change = r.nextDouble() < 0.7 ? -(0.15 + 0.35 * r.nextDouble()) : 0.1 * r.nextDouble();
        int flare = r.nextDouble() < 0.15 ? 2 + r.nextInt(Math.max(1, weeks - 3)) : -1;
        int dropout = r.nextDouble() < 0.12 ? 3 + r.nextInt(Math.max(1, weeks - 4)) : -1;
        return new Persona(number, name, pain, duration, limitations, List.of(EQUIPMENT[r.nextInt(EQUIPMENT.length)]),
                15 + 5 * r.nextInt(4), GOALS[r.nextInt(GOALS.length)], adherence, change, flare, dropout, number == 7);
    }

    /** Pain on a day of the programme, 0-10, before noise. */
    public double painOn(int week) {
        double pain = painAtStart + weeklyPainChange * week;
        if (flareWeek >= 0 && (week == flareWeek || week == flareWeek + 1)) {
            pain += week == flareWeek ? 4 : 2;
        }
        return Math.max(0, Math.min(10, pain));
    }

    public boolean trainsIn(int week) {
        return dropoutWeek < 0 || week < dropoutWeek;
    }
}
