package org.jpulp.common.task;

import java.time.Clock;
import java.util.Map;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.messaging.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after a worker that is gone (lost heartbeats, or restarted under the same name): its queued tasks
 * go back to the resource manager to be placed on live workers; its running task is run once more when its type
 * was dispatched as safe to rerun, otherwise it ends in {@code error} with "worker lost"; its reservations are
 * released. Every step is conditional on the task's attempt, so running this twice, or concurrently with the
 * worker finishing the task, is harmless.
 */
public final class LostWorkerRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(LostWorkerRecovery.class);

    private final TaskStore tasks;
    private final ReservationStore reservations;
    private final Messaging messaging;
    private final Clock clock;

    public LostWorkerRecovery(TaskStore tasks, ReservationStore reservations, Messaging messaging, Clock clock) {
        this.tasks = tasks;
        this.reservations = reservations;
        this.messaging = messaging;
        this.clock = clock;
    }

    public void recover(String worker, String why) {
        for (TaskRecord task : tasks.incompleteOn(worker)) {
            if (task.state() == TaskState.WAITING) {
                requeueWaiting(task);
            } else if (task.state() == TaskState.RUNNING) {
                recoverRunning(task, worker, why);
            }
        }
    }

    private void requeueWaiting(TaskRecord task) {
        if (tasks.unassign(task.taskId(), task.attempt())) {
            reservations.release(task.taskId(), task.resources());
            LOG.info("task {} queued on a lost worker goes back to the resource manager", task.taskId());
            tell(ResourceManagerEvent.submitted(task.taskId(), task.resources(), task.sequence(), task.attempt() + 1));
        }
    }

    private void recoverRunning(TaskRecord task, String worker, String why) {
        if (task.rerunOnWorkerLoss() && task.reruns() == 0 && tasks.requeueForRerun(task.taskId(), task.attempt())) {
            reservations.release(task.taskId(), task.resources());
            LOG.warn("task {} was running on {} ({}); running it again", task.taskId(), worker, why);
            tell(ResourceManagerEvent.submitted(task.taskId(), task.resources(), task.sequence(), task.attempt() + 1));
            return;
        }
        String description = "Worker " + worker + " was lost while running task " + task.taskId() + " (" + why + ")";
        TaskEnd end = TaskEnd.failed(PulpErrors.error(PulpErrors.WORKER_LOST, description,
                Map.of("worker_name", worker)), null, clock.instant());
        if (tasks.end(task.taskId(), task.attempt(), end)) {
            reservations.release(task.taskId(), task.resources());
            LOG.error("task {} failed: {}", task.taskId(), description);
            tell(ResourceManagerEvent.released(task.taskId()));
        }
    }

    private void tell(ResourceManagerEvent event) {
        try {
            messaging.signal(ResourceManagerEvent.RELEASED.equals(event.event()) ? TaskQueues.RESOURCE_MANAGER_RELEASES
                    : TaskQueues.RESOURCE_MANAGER, event);
        } catch (MessagingException e) {
            LOG.warn("resource manager not told of {} for task {} ({}); its reconciliation will notice",
                    event.event(), event.taskId(), e.getMessage());
        }
    }
}
