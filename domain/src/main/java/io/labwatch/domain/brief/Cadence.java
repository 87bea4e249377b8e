package io.labwatch.domain.brief;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a subscribed brief is published and sent, and the period each run covers. Runs are at 06:00 UTC: weekly on
 * Mondays, covering Monday to Sunday of the week before; monthly on the 1st, covering the month before.
 */
public enum Cadence {
    WEEKLY,
    MONTHLY;

    static final LocalTime RUN_AT = LocalTime.of(6, 0);

    /** The period a run on {@code runDay} covers: the last whole week or month before it. */
    public Period period(LocalDate runDay) {
        return switch (this) {
            case WEEKLY -> {
                LocalDate to = runDay.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
                yield new Period(to.minusDays(6), to);
            }
            case MONTHLY -> {
                LocalDate from = runDay.minusMonths(1).withDayOfMonth(1);
                yield new Period(from, from.withDayOfMonth(from.lengthOfMonth()));
            }
        };
    }

    /** The first run strictly after {@code after}. */
    public Instant nextRun(Instant after) {
        LocalDate day = after.atZone(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i < 40; i++) {
            LocalDate candidate = day.plusDays(i);
            boolean runDay = this == WEEKLY ? candidate.getDayOfWeek() == DayOfWeek.MONDAY : candidate.getDayOfMonth() == 1;
            Instant at = candidate.atTime(RUN_AT).toInstant(ZoneOffset.UTC);
            if (runDay && at.isAfter(after)) {
                return at;
            }
        }
        throw new IllegalStateException("no run day within 40 days of " + after);
    }

    /** The days a run covers, both included. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
