package org.jpulp.resourcemanager.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
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
    /** Messages the broker may send ahead: the placer takes whatever arrived while it was writing. */
    static final int PREFETCH = 256;
    static final Duration RECONCILE_EVERY = Duration.ofSeconds(1);
    /** How often reconciliation also reloads the unplaced tasks (re-driving lost submissions), a scan of them all. */
    static final Duration RELOAD_EVERY = Duration.ofSeconds(5);
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
    private final BlockingQueue<ResourceManagerEvent> inbox = new LinkedBlockingQueue<>();
    /** Holds of ended tasks, released in the database before the next placement (guarded by this). */
    private final Map<String, List<String>> endedHolds = new HashMap<>();
    private List<Subscription> subscriptions = List.of();
    private ScheduledExecutorService reconciler;
    private Thread placer;
    private volatile boolean placing;
    private volatile Instant nextReload = Instant.MIN;

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
        inbox.clear();
        placing = true;
        placer = new Thread(this::placeLoop, "jpulp-rm-place");
        placer.start();
        subscriptions = List.of(messaging.consume(TaskQueues.RESOURCE_MANAGER, this::onEvent, PREFETCH),
                messaging.consume(TaskQueues.RESOURCE_MANAGER_RELEASES, this::onEvent, PREFETCH));
        reconciler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jpulp-rm-reconcile"));
        long every = RECONCILE_EVERY.toMillis();
        reconciler.scheduleWithFixedDelay(this::safeReconcile, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void demoted() throws InterruptedException {
        placing = false;
        subscriptions.forEach(Subscription::close);
        if (reconciler != null) {
            reconciler.shutdownNow();
            reconciler.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (placer != null) {
            placer.interrupt();
            placer.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /**
     * Hands the event to the placer and returns, so the message is acknowledged at once: events are only hints (the
     * database is the truth and reconciliation repairs a lost one), and one placement round serves many of them.
     */
    void onEvent(ReceivedMessage message) {
        inbox.add(message.as(ResourceManagerEvent.class));
    }

    private void placeLoop() {
        List<ResourceManagerEvent> batch = new ArrayList<>();
        while (placing) {
            try {
                batch.add(inbox.take());
            } catch (InterruptedException e) {
                return;
            }
            try {
                synchronized (this) {
                    inbox.drainTo(batch);
                    batch.forEach(this::apply);
                    releaseEndedHolds();
                    placeAll();
                }
            } catch (RuntimeException e) {
                LOG.warn("placement failed, reconciliation retries within {} ms: {}", RECONCILE_EVERY.toMillis(),
                        e.toString());
            }
            batch.clear();
        }
    }

    private void apply(ResourceManagerEvent event) {
        if (ResourceManagerEvent.RELEASED.equals(event.event())) {
            state.placedTask(event.taskId()).or(() -> tasks.find(event.taskId())).ifPresent(t -> {
                state.released(t.taskId(), t.resources());
                endedHolds.put(t.taskId(), t.resources());
            });
        } else if (event.isComplete()) {
            state.addPending(pending(event));
        } else {
            tasks.find(event.taskId()).filter(t -> t.state() == TaskState.WAITING && !t.isAssigned())
                    .ifPresent(state::addPending);
        }
    }

    private void releaseEndedHolds() {
        if (!endedHolds.isEmpty()) {
            reservations.releaseAll(Map.copyOf(endedHolds));
            endedHolds.clear();
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

    /**
     * Refreshes holds and assignments from the database, moves stuck queued tasks, and places what can run. Every
     * {@link #RELOAD_EVERY} it also adds the unplaced tasks it does not know (lost submissions), read before taking
     * the lock because there may be thousands: a task placed or ended meanwhile is skipped or fails its assignment.
     */
    public void reconcile() {
        List<TaskRecord> unplaced = List.of();
        if (!clock.instant().isBefore(nextReload)) {
            unplaced = tasks.unassignedWaiting();
            nextReload = clock.instant().plus(RELOAD_EVERY);
        }
        synchronized (this) {
            List<ResourceManagerEvent> arrived = new ArrayList<>();
            inbox.drainTo(arrived);
            arrived.forEach(this::apply);
            releaseEndedHolds();
            releaseOrphanedReservations();
            workers = onlineWorkers();
            state.refreshPlaced(reservations.holders(), tasks.assignedIncomplete());
            unplaced.forEach(state::addPendingIfUnknown);
            rebalance();
            placeAll();
        }
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
        nextReload = clock.instant().plus(RELOAD_EVERY);
    }

    /** Places every task that can start now: one write for all their holds and one for all their assignments. */
    private void placeAll() {
        List<PlacementState.Placement> plan = state.plan(workers, QUEUED_PER_WORKER);
        if (plan.isEmpty()) {
            return;
        }
        Set<String> reserved = reservations.reserveAll(plan.stream()
                .map(p -> new ReservationStore.Hold(p.task().taskId(), p.worker(), p.task().resources())).toList());
        List<PlacementState.Placement> holding = plan.stream().filter(p -> reserved.contains(p.task().taskId()))
                .toList();
        if (holding.size() < plan.size()) {
            learnHolders(plan.stream().filter(p -> !reserved.contains(p.task().taskId())).toList());
        }
        Set<String> assigned = tasks.assignAll(holding.stream()
                .map(p -> new TaskStore.Assignment(p.task().taskId(), p.task().attempt(), p.worker())).toList(),
                clock.instant());
        Map<String, List<String>> undo = new HashMap<>();
        for (PlacementState.Placement p : holding) {
            if (assigned.contains(p.task().taskId())) {
                state.placed(p.task(), p.worker());
                handOver(p.task(), p.worker());
            } else {
                state.dropPending(p.task());
                if (!isPlacedAlready(p.task().taskId())) {
                    undo.put(p.task().taskId(), p.task().resources());
                }
            }
        }
        reservations.releaseAll(undo);
    }

    /** A stale view's task that is already placed (at a newer attempt) keeps the holds it had before this round. */
    private boolean isPlacedAlready(String taskId) {
        return tasks.find(taskId).filter(t -> !t.state().isComplete() && t.isAssigned()).isPresent();
    }

    /** Some of the tasks' resources are held by tasks this view does not know of (e.g. another manager's). */
    private void learnHolders(List<PlacementState.Placement> refused) {
        Map<String, String> holders = reservations.holders();
        for (PlacementState.Placement p : refused) {
            p.task().resources().stream().filter(holders::containsKey)
                    .forEach(r -> state.heldElsewhere(r, holders.get(r)));
        }
    }

    private void handOver(TaskRecord task, String worker) {
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
