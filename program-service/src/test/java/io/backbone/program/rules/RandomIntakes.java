package io.backbone.program.rules;

import io.backbone.vocabulary.Goal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Seeded random intakes for property-style tests (no red flags: those never get a programme). */
final class RandomIntakes {

    private RandomIntakes() {
    }

    static Intake next(Random random) {
        EnumSet<Limitation> limitations = EnumSet.noneOf(Limitation.class);
        for (Limitation l : Limitation.values()) {
            if (random.nextInt(4) == 0) {
                limitations.add(l);
            }
        }
        Set<String> equipment = new TreeSet<>();
        for (String item : LibraryFixture.EQUIPMENT) {
            if (random.nextInt(3) == 0) {
                equipment.add(item);
            }
        }
        if (equipment.isEmpty()) {
            equipment.add("none");
        }
        int minutes = random.nextInt(10) == 0 ? 1 + random.nextInt(4) : 5 + random.nextInt(56);
        return new Intake(random.nextInt(11), random.nextInt(60), Set.of(), limitations, equipment, minutes,
                1 + random.nextInt(7), Goal.values()[random.nextInt(Goal.values().length)]);
    }

    static List<Intake> many(long seed, int count) {
        Random random = new Random(seed);
        List<Intake> intakes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            intakes.add(next(random));
        }
        return intakes;
    }
}
