package io.backbone.program.rules;

import io.backbone.vocabulary.Equipment;
import io.backbone.vocabulary.Goal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the member told us. The REST layer validates ranges; this record only normalises: the sets
 * are copied into stable, unmodifiable sets (enum order, equipment sorted) so everything built from
 * an intake iterates the same way every time, and the equipment code {@value #NO_EQUIPMENT} is
 * dropped (it just means bodyweight only).
 *
 * @param painNow           0-10 numeric pain rating
 * @param durationWeeks     how long this episode has lasted
 * @param equipment         catalog equipment codes the member has
 * @param minutesPerSession the time budget of the main session
 */
public record Intake(int painNow, int durationWeeks, Set<RedFlag> redFlags, Set<Limitation> limitations,
                     Set<String> equipment, int minutesPerSession, int sessionsPerWeek, Goal goal) {

    /** From this rating on, pain counts as high: entry rungs, one set fewer, no spine loading. */
    public static final int HIGH_PAIN = 6;
    /** Up to this rating pain counts as low (the "safe" band of the pain-monitoring model). */
    public static final int LOW_PAIN_MAX = 3;
    /** The equipment code that means "bodyweight only". */
    public static final String NO_EQUIPMENT = Equipment.NONE;

    public Intake {
        redFlags = enumSet(RedFlag.class, redFlags);
        limitations = enumSet(Limitation.class, limitations);
        TreeSet<String> gear = new TreeSet<>();
        if (equipment != null) {
            equipment.stream().filter(Objects::nonNull).map(e -> e.trim().toLowerCase(Locale.ROOT))
                    .filter(e -> !e.isEmpty() && !e.equals(NO_EQUIPMENT)).forEach(gear::add);
        }
        equipment = Collections.unmodifiableSortedSet(gear);
        Objects.requireNonNull(goal, "goal");
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    public PainDuration duration() {
        return PainDuration.of(durationWeeks);
    }

    public boolean has(Limitation limitation) {
        return limitations.contains(limitation);
    }

    public boolean highPain() {
        return painNow >= HIGH_PAIN;
    }

    public boolean lowPain() {
        return painNow <= LOW_PAIN_MAX;
    }

    public Intake withPainNow(int pain) {
        return new Intake(pain, durationWeeks, redFlags, limitations, equipment, minutesPerSession, sessionsPerWeek, goal);
    }

    public Intake withDurationWeeks(int weeks) {
        return new Intake(painNow, weeks, redFlags, limitations, equipment, minutesPerSession, sessionsPerWeek, goal);
    }

    public Intake withMinutesPerSession(int minutes) {
        return new Intake(painNow, durationWeeks, redFlags, limitations, equipment, minutes, sessionsPerWeek, goal);
    }
}
