package io.backbone.progress.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** ISO weeks (Monday to Sunday) in UTC: the unit of every rollup and export row. */
public final class Weeks {

    private Weeks() {
    }

    public static LocalDate weekStart(Instant at) {
        return weekStart(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static Instant startOf(LocalDate weekStart) {
        return weekStart.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
