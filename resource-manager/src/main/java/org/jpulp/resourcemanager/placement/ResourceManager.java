package org.jpulp.resourcemanager.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.leader.LeaseLeadership;
import org.jpulp.common.liveness.ProcessRecord;
import org.jpulp.common.liveness.ProcessRegistry;
import org.jpulp.common.messaging.MessagingException;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.messaging.ReceivedMessage;
import org.jpulp.common.messaging.Subscription;
import org.jpulp.common.task.ReservationStore;
import org.jpulp.common.task.ResourceManagerEvent;
import org.jpulp.common.task.TaskQueues;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskState;
import org.jpulp.common.task.TaskStore;
import org.jpulp.common.task.WorkAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active resource manager: places waiting tasks on workers so that at most one task per resource runs, FIFO
 * per resource, never letting a blocked task hold up others. It reacts to {@code submitted}/{@code released}
 * events and, every reconcile interval, rebuilds its view from the database, which also re-drives tasks whose
 * dispatch message was lost and moves queued tasks off a worker stuck on a long task when another is idle.
 * The set of live workers is refreshed with that view, so a new worker gets work within one interval.
 */
public final class ResourceManager implements LeaseLeadership.Listener {

    static final int QUEUED_PER_WORKER = 8;
    static final Duration RECONCILE_EVERY = Duration.ofSeconds(1);
    static final Duration REBALANCE_AFTER = Duration.ofSeconds(5);
    static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(10);
    private static final String WORKER_PREFIX = "reserved_resource_worker-";
    private static final Logger LOG = LoggerFactory.getLogger(ResourceManager.class);

    private final TaskStore tasks;
    private final ReservationStore reservations;
    private final Messaging messaging;
    private final ProcessRegistry processes;
    private final Clock clock;
    private final TasksConfig config;
    private final PlacementState state = new PlacementState();
    private List<String> workers = List.of();
    private List<Subscription> subscriptions = List.of();
    private ScheduledExecutorService reconciler;

    public ResourceManager(TaskStore tasks, ReservationStore reservations, Messaging messaging,
                           ProcessRegistry processes, Clock clock, TasksConfig config) {
        this.tasks = tasks;
        this.reservations = reservations;
        this.messaging = messaging;
        this.processes = processes;
        this.clock = clock;
        this.config = config;
    }

    @Override
    public synchronized void elected() {
        reload();
        LOG.info("resource manager active with {} waiting task(s)", state.pendingCount());
        subscriptions = List.of(messaging.consume(TaskQueues.RESOURCE_MANAGER, this::onEvent),
                messaging.consume(TaskQueues.RESOURCE_MANAGER_RELEASES, this::onEvent));
        reconciler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jpulp-rm-reconcile"));
        long every = RECONCILE_EVERY.toMillis();
        reconciler.scheduleWithFixedDelay(this::safeReconcile, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void demoted() throws InterruptedException {
        subscriptions.forEach(Subscription::close);
        if (reconciler != null) {
            reconciler.shutdownNow();
            reconciler.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    void onEvent(ReceivedMessage message) {
        ResourceManagerEvent event = message.as(ResourceManagerEvent.class);
        synchronized (this) {
            if (ResourceManagerEvent.RELEASED.equals(event.event())) {
                state.placedTask(event.taskId()).or(() -> tasks.find(event.taskId()))
                        .ifPresent(t -> state.released(t.taskId(), t.resources()));
            } else if (event.isComplete()) {
                state.addPending(pending(event));
            } else {
                tasks.find(event.taskId()).filter(t -> t.state() == TaskState.WAITING && !t.isAssigned())
                        .ifPresent(state::addPending);
            }
            placeAll();
        }
    }

    /** The submitted task as placement sees it; the conditional assignment catches a stale view. */
    private static TaskRecord pending(ResourceManagerEvent e) {
        return new TaskRecord(e.taskId(), null, TaskState.WAITING, null, List.of(), e.resources(), null, e.sequence(),
                e.attempt(), false, 0, null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    private void safeReconcile() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.warn("reconciliation failed, next one in {} ms: {}", RECONCILE_EVERY.toMillis(), e.toString());
        }
    }

    /** Rebuilds the view from the database, moves stuck queued tasks, and places what can run. */
    public synchronized void reconcile() {
        releaseOrphanedReservations();
        reload();
        rebalance();
        placeAll();
    }

    /** Holds of tasks that ended or vanished without releasing them (e.g. canceled, then their worker died). */
    private void releaseOrphanedReservations() {
        Map<String, String> holders = reservations.holders();
        Map<String, TaskState> states = tasks.states(holders.values());
        holders.forEach((resource, taskId) -> {
            TaskState taskState = states.get(taskId);
            if (taskState == null || taskState.isComplete()) {
                reservations.release(taskId, List.of(resource));
                LOG.info("released {} left held by ended task {}", resource, taskId);
            }
        });
    }

    private void reload() {
        workers = onlineWorkers();
        state.reset(tasks.unassignedWaiting(), reservations.holders(), tasks.assignedIncomplete());
    }

    private void placeAll() {
        for (PlacementState.Placement p : state.plan(workers, QUEUED_PER_WORKER)) {
            place(p.task(), p.worker());
        }
    }

    private void place(TaskRecord task, String worker) {
        if (!reservations.reserve(task.taskId(), worker, task.resources())) {
            reservations.holders().forEach((resource, holder) -> {
                if (task.resources().contains(resource)) {
                    state.heldElsewhere(resource, holder);
                }
            });
            return;
        }
        if (!tasks.assign(task.taskId(), task.attempt(), worker, clock.instant())) {
            reservations.release(task.taskId(), task.resources());
            state.dropPending(task);
            return;
        }
        state.placed(task, worker);
        try {
            messaging.signal(TaskQueues.worker(worker), new WorkAssignment(task.taskId(), task.attempt() + 1));
        } catch (MessagingException e) {
            LOG.warn("could not hand task {} to {}: {}; it will be placed again", task.taskId(), worker, e.getMessage());
            if (tasks.unassign(task.taskId(), task.attempt() + 1)) {
                reservations.release(task.taskId(), task.resources());
                state.released(task.taskId(), task.resources());
            }
        }
    }

    /**
     * Places again tasks queued on a worker that has run none of them for {@link #ASSIGNMENT_TIMEOUT} (its
     * assignment message was lost), and tasks queued behind a long-running one when some worker is idle. Works on
     * the view just loaded, and reloads it only when it moved something.
     */
    private void rebalance() {
        Map<String, List<TaskRecord>> queued = state.queuedByWorker();
        List<TaskRecord> assigned = state.placedTasks();
        int moved = replaceStaleAssignments(queued, assigned);
        boolean someoneIdle = workers.stream().anyMatch(w -> assigned.stream().noneMatch(t -> w.equals(t.workerName())));
        if (someoneIdle) {
            moved += moveQueuedOffStuckWorkers(queued, assigned);
        }
        if (moved > 0) {
            reload();
        }
    }

    private int moveQueuedOffStuckWorkers(Map<String, List<TaskRecord>> queued, List<TaskRecord> assigned) {
        Instant stuckSince = clock.instant().minus(REBALANCE_AFTER);
        int moved = 0;
        for (TaskRecord running : assigned) {
            if (running.startTime() == null || running.startTime().isAfter(stuckSince)) {
                continue;
            }
            for (TaskRecord waiting : queued.getOrDefault(running.workerName(), List.of())) {
                if (tasks.unassign(waiting.taskId(), waiting.attempt())) {
                    reservations.release(waiting.taskId(), waiting.resources());
                    moved++;
                    LOG.info("task {} moved off {}, which is busy with {}", waiting.taskId(), running.workerName(),
                            running.taskId());
                }
            }
        }
        return moved;
    }

    private int replaceStaleAssignments(Map<String, List<TaskRecord>> queued, List<TaskRecord> assigned) {
        Instant staleBefore = clock.instant().minus(ASSIGNMENT_TIMEOUT);
        int moved = 0;
        for (Map.Entry<String, List<TaskRecord>> entry : queued.entrySet()) {
            String worker = entry.getKey();
            if (assigned.stream().anyMatch(t -> worker.equals(t.workerName()) && t.startTime() != null)) {
                continue;
            }
            for (TaskRecord t : entry.getValue()) {
                if (t.assignedAt() != null && t.assignedAt().isBefore(staleBefore)
                        && tasks.unassign(t.taskId(), t.attempt())) {
                    reservations.release(t.taskId(), t.resources());
                    moved++;
                    LOG.warn("task {} was never started by {}; placing it again", t.taskId(), worker);
                }
            }
        }
        return moved;
    }

    private List<String> onlineWorkers() {
        Instant since = clock.instant().minus(config.lostAfter());
        return processes.aliveSince(since).stream().map(ProcessRecord::name).filter(n -> n.startsWith(WORKER_PREFIX))
                .toList();
    }
}
