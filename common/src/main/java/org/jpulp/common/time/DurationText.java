package org.jpulp.common.time;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as operators read them in messages: {@code 55 s}, {@code 0.5 s}. */
public final class DurationText {

    private DurationText() {
    }

    public static String seconds(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros();
        return seconds.toPlainString() + " s";
    }
}
