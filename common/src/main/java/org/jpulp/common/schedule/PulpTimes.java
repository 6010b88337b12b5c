package org.jpulp.common.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Pulp 2's renderings of times: ISO 8601 in UTC to the second, and float seconds since the epoch. */
public final class PulpTimes {

    private PulpTimes() {
    }

    /** {@code 2019-06-01T03:00:00Z}, or null. */
    public static String iso(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code 1556745745.125} */
    public static double epochSeconds(Instant t) {
        return t.toEpochMilli() / 1000.0;
    }

    public static Instant fromEpochSeconds(double seconds) {
        return Instant.ofEpochMilli(Math.round(seconds * 1000));
    }
}
