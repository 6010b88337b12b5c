package org.jpulp.common.schedule;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the task engine reports how a task fired by a schedule ended ({@code TaskRequest.scheduledCallId()}):
 * counts consecutive failures and logs once when they disable the schedule.
 */
public final class ScheduleOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleOutcomes.class);

    private final ScheduleStore store;

    public ScheduleOutcomes(ScheduleStore store) {
        this.store = store;
    }

    /** A fired task reached a terminal state; {@code success} for {@code finished}. */
    public Optional<ScheduledCall> taskEnded(String scheduleId, boolean success) {
        boolean wasEnabled = !success && store.get(scheduleId).map(ScheduledCall::enabled).orElse(false);
        Optional<ScheduledCall> after = store.recordOutcome(scheduleId, success);
        after.filter(c -> wasEnabled && c.isDisabledByFailures()).ifPresent(c -> LOG.warn(
                "schedule {} disabled after {} consecutive failures (failure_threshold {})", c.id(),
                c.consecutiveFailures(), c.failureThreshold()));
        return after;
    }
}
