package org.jpulp.common.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.threeten.extra.PeriodDuration;

/**
 * Parses Pulp 2's schedule strings, ISO 8601 repeating intervals {@code [R<n>/][<start>/]<duration>}: e.g.
 * {@code PT1H}, {@code 2014-01-01T00:00:00Z/P1D}, {@code R5/2019-06-01T03:00:00Z/P7D}. The start is an ISO date-time
 * with an offset (a start without one is UTC); the duration may mix calendar and clock parts ({@code P1M2DT3H}).
 * Rejected with an {@link InvalidScheduleException} naming {@code schedule}: anything else, {@code R0} or a negative
 * count, a zero or negative duration, and a month or year duration without a start.
 */
public final class Iso8601Schedule {

    public static final String PROPERTY = "schedule";

    private Iso8601Schedule() {
    }

    public static SchedulePlan parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text, "it is empty");
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 3) {
            throw invalid(text, "expected [R<n>/][<start>/]<duration>");
        }
        int next = 0;
        Integer recurrences = null;
        if (parts.length > 1 && parts[0].startsWith("R")) {
            recurrences = recurrences(text, parts[next++]);
        } else if (parts.length == 3) {
            throw invalid(text, "expected R<n> before the start");
        }
        Instant start = parts.length - next == 2 ? start(text, parts[next++]) : null;
        PeriodDuration period = period(text, parts[next]);
        if (start == null && SchedulePlan.isCalendarPeriod(period)) {
            throw invalid(text, "a duration in months or years needs a start time");
        }
        return new SchedulePlan(recurrences, start, period);
    }

    private static Integer recurrences(String text, String part) {
        try {
            int count = Integer.parseInt(part.substring(1));
            if (count > 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(text, "'" + part + "' is not R followed by a positive number of runs");
    }

    private static Instant start(String text, String part) {
        try {
            return OffsetDateTime.parse(part).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(part).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException withoutOffset) {
                throw invalid(text, "'" + part + "' is not an ISO 8601 date-time");
            }
        }
    }

    private static PeriodDuration period(String text, String part) {
        PeriodDuration period;
        try {
            period = PeriodDuration.parse(part);
        } catch (DateTimeParseException e) {
            throw invalid(text, "'" + part + "' is not an ISO 8601 duration such as PT1H or P1D");
        }
        boolean negative = period.getPeriod().isNegative() || period.getDuration().isNegative();
        boolean zero = !SchedulePlan.isCalendarPeriod(period) && exactLength(period).isZero();
        if (negative || zero) {
            throw invalid(text, "the duration '" + part + "' must be positive");
        }
        return period;
    }

    static Duration exactLength(PeriodDuration period) {
        return Duration.ofDays(period.getPeriod().getDays()).plus(period.getDuration());
    }

    private static InvalidScheduleException invalid(String text, String reason) {
        return new InvalidScheduleException(PROPERTY, "invalid schedule '" + text + "': " + reason);
    }
}
