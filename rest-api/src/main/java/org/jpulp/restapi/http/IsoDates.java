package org.jpulp.restapi.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Pulp 2's date-time form: ISO-8601 UTC without fractional seconds, {@code 2019-05-01T19:30:52Z}. */
public final class IsoDates {

    private IsoDates() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
