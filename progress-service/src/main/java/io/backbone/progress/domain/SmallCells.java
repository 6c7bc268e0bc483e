package io.backbone.progress.domain;

/**
 * Small-cell suppression: no published figure may describe fewer than {@value #MIN_CELL} members.
 * A count is publishable when it is 0 or at least {@value #MIN_CELL}; so is what remains when it is
 * subtracted from any published figure it is part of (its complement), since otherwise the small
 * group could be recovered by subtraction.
 */
public final class SmallCells {

    public static final int MIN_CELL = 11;

    private SmallCells() {
    }

    public static boolean safe(long count) {
        return count == 0 || count >= MIN_CELL;
    }

    /** A cell of {@code count} members inside a published whole of {@code whole} members. */
    public static boolean safe(long count, long whole) {
        return safe(count) && safe(whole - count);
    }

    /**
     * A cohort is publishable when it is safe and so is its complement within every coarser cohort
     * (the same query with one or more filters dropped) that could also be asked for.
     */
    public static boolean safeAgainstParents(long count, long... parents) {
        if (!safe(count)) {
            return false;
        }
        for (long parent : parents) {
            if (!safe(parent - count)) {
                return false;
            }
        }
        return true;
    }

    /** A share of a publishable denominator: only when neither the numerator nor the rest is small. */
    public static Double rate(long numerator, long denominator) {
        if (denominator == 0 || !safe(denominator) || !safe(numerator, denominator)) {
            return null;
        }
        return Math.round(numerator * 1000.0 / denominator) / 1000.0;
    }
}
