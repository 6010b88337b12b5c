package org.jpulp.beat.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jpulp.common.leader.Leadership;
import org.jpulp.common.schedule.ScheduleOutcomes;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.ScheduledCall;
import org.jpulp.common.task.TaskDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides and fires, with no timer of its own: at the injected clock's now, claims each due schedule's slot and
 * dispatches its task, then tells when the next one is due. Only the active beat fires. A slot is claimed before
 * its task is dispatched, so it fires at most once however many beats run; a dispatch that fails counts as a
 * failed run of the schedule. One schedule failing does not keep the others from firing.
 */
public final class ScheduleFirer {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleFirer.class);

    private final ScheduleStore store;
    private final ScheduleOutcomes outcomes;
    private final TaskDispatcher dispatcher;
    private final Leadership leadership;
    private final Clock clock;

    /**
     * What one round did.
     *
     * @param nextDue the earliest next run of any runnable schedule (possibly past), empty when there is none or
     *                this beat stands by
     */
    public record Round(int fired, int failed, Optional<Instant> nextDue) {

        static final Round STANDBY = new Round(0, 0, Optional.empty());
    }

    public ScheduleFirer(ScheduleStore store, ScheduleOutcomes outcomes, TaskDispatcher dispatcher,
                         Leadership leadership, Clock clock) {
        this.store = store;
        this.outcomes = outcomes;
        this.dispatcher = dispatcher;
        this.leadership = leadership;
        this.clock = clock;
    }

    /** Fires everything due now; store errors while listing propagate, per-schedule errors are logged. */
    public Round fireDue() {
        if (!leadership.isActive()) {
            return Round.STANDBY;
        }
        Instant now = clock.instant();
        int fired = 0;
        int failed = 0;
        for (ScheduledCall due : store.due(now)) {
            if (!leadership.isActive()) {
                return Round.STANDBY;
            }
            try {
                fired += fire(due, now) ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("schedule {} could not fire its run due at {}: {}", due.id(), due.nextRun(), e.toString());
            }
        }
        return new Round(fired, failed, store.earliestNextRun());
    }

    private boolean fire(ScheduledCall due, Instant now) {
        Optional<ScheduledCall> claimed = store.claim(due, now);
        if (claimed.isEmpty()) {
            LOG.debug("schedule {}: its run due at {} was taken or changed meanwhile", due.id(), due.nextRun());
            return false;
        }
        String taskId;
        try {
            taskId = dispatcher.dispatch(claimed.get().task().toRequest(due.id()));
        } catch (RuntimeException e) {
            outcomes.taskEnded(due.id(), false);
            throw e;
        }
        LOG.info("schedule {} fired task {} ({}), next run {}", due.id(), taskId, claimed.get().task().task(),
                claimed.get().isRunnable() ? claimed.get().nextRun() : "none");
        return true;
    }
}
