package org.jpulp.common.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.threeten.extra.PeriodDuration;

/**
 * A parsed schedule: runs at the slots {@code anchor + k * period} (k = 0, 1, ...), where the anchor is the
 * schedule's {@code first_run} (its start, or the moment it was created when it has none). Calendar arithmetic
 * happens in UTC, so a day is always 24 hours and {@code P1M} keeps the anchor's day of month (clamped at short
 * months, never drifting).
 *
 * @param recurrences how many times it runs ({@code R<n>}), or null for no limit
 * @param start       the first slot, or null for "when the schedule is created"
 */
public record SchedulePlan(Integer recurrences, Instant start, PeriodDuration period) {

    public SchedulePlan {
        Objects.requireNonNull(period, "period");
    }

    /** Where the slots start for a schedule created at {@code now}. */
    public Instant firstRun(Instant now) {
        return start != null ? start : now;
    }

    /** The first slot strictly after {@code t}: the anchor itself when {@code t} is before it. */
    public Instant slotAfter(Instant anchor, Instant t) {
        return slot(anchor, indexAfter(anchor, t));
    }

    /** The latest slot at or before {@code t}, or null when {@code t} is before the anchor. */
    public Instant slotAtOrBefore(Instant anchor, Instant t) {
        long k = indexAfter(anchor, t);
        return k == 0 ? null : slot(anchor, k - 1);
    }

    /**
     * Pulp 2's {@code next_run}: the first run while it is in the future; "now" for a schedule that never ran;
     * "now" when the latest slot passed without a run (missed slots collapse into one run); otherwise the
     * next slot.
     */
    public Instant nextRun(Instant firstRun, Instant lastRunAt, Instant now) {
        if (firstRun.isAfter(now)) {
            return firstRun;
        }
        if (lastRunAt == null || lastRunAt.isBefore(slotAtOrBefore(firstRun, now))) {
            return now;
        }
        return slotAfter(firstRun, now);
    }

    static boolean isCalendarPeriod(PeriodDuration period) {
        return period.getPeriod().toTotalMonths() != 0;
    }

    private long indexAfter(Instant anchor, Instant t) {
        if (t.isBefore(anchor)) {
            return 0;
        }
        if (!isCalendarPeriod(period)) {
            return Duration.between(anchor, t).dividedBy(Iso8601Schedule.exactLength(period)) + 1;
        }
        long high = 1;
        while (!slot(anchor, high).isAfter(t)) {
            high *= 2;
        }
        long low = 0; // slot(low) <= t < slot(high)
        while (high - low > 1) {
            long middle = (low + high) >>> 1;
            if (slot(anchor, middle).isAfter(t)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private Instant slot(Instant anchor, long k) {
        if (!isCalendarPeriod(period)) {
            return anchor.plus(Iso8601Schedule.exactLength(period).multipliedBy(k));
        }
        int times = Math.toIntExact(k);
        ZonedDateTime utc = anchor.atZone(ZoneOffset.UTC);
        return utc.plus(period.getPeriod().multipliedBy(times)).plus(period.getDuration().multipliedBy(times)).toInstant();
    }
}
