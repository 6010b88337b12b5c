package org.jpulp.beat.schedule;

import java.time.Duration;

/**
 * How the timer plans its wake-ups: at the earliest next run, but at least every {@code replanEvery} (to see
 * schedules that other processes created or changed, and to notice it became active), and never sooner than
 * {@code minimumGap} after the previous round. After a round with failures it waits {@code replanEvery}.
 */
public record ScheduleTimerSettings(Duration replanEvery, Duration minimumGap) {

    public static final ScheduleTimerSettings DEFAULT =
            new ScheduleTimerSettings(Duration.ofSeconds(5), Duration.ofMillis(100));
}
