package org.jpulp.worker.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.messaging.MessagingException;
import org.jpulp.common.messaging.ReceivedMessage;
import org.jpulp.common.messaging.Subscription;
import org.jpulp.common.task.LostWorkerRecovery;
import org.jpulp.common.task.PulpErrors;
import org.jpulp.common.task.ReservationStore;
import org.jpulp.common.task.ResourceManagerEvent;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.task.TaskEnd;
import org.jpulp.common.task.TaskEndListener;
import org.jpulp.common.task.TaskOutcome;
import org.jpulp.common.task.TaskQueues;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskState;
import org.jpulp.common.task.TaskStore;
import org.jpulp.common.task.WorkAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs the tasks sent to this worker's queue, one at a time. A message is acknowledged only after the task's end
 * is recorded and the resource manager is told to release its resources. Stale or duplicate messages (another
 * attempt, another worker, already started or ended) are acknowledged and ignored. On stop it finishes the current task, then stops consuming.
 * A failed task's error names the exception; stack traces go to this worker's log (DEBUG), never to clients.
 */
public final class TaskExecutor implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutor.class);
    /** The resource manager queues at most 8 tasks per worker; having them at hand saves a broker round trip each. */
    static final int PREFETCH = 8;
    /** A task that ran at least this long gets an INFO line when it ends; quicker successes only DEBUG. */
    private static final Duration NOTABLE_RUN = Duration.ofSeconds(1);

    private final String worker;
    private final TaskStore tasks;
    private final ReservationStore reservations;
    private final Messaging messaging;
    private final TaskDispatcher dispatcher;
    private final TaskTypes types;
    private final java.util.Set<TaskEndListener> endListeners;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final Path workRoot;
    private final Object runLock = new Object();
    private ScheduledExecutorService cancelWatch;
    private Subscription subscription;
    private volatile boolean draining;
    private volatile RunningTask current;

    public TaskExecutor(String worker, TaskStore tasks, ReservationStore reservations, Messaging messaging,
                        TaskDispatcher dispatcher, TaskTypes types, java.util.Set<TaskEndListener> endListeners,
                        Clock clock, ObjectMapper mapper, Path workRoot) {
        this.worker = worker;
        this.tasks = tasks;
        this.reservations = reservations;
        this.messaging = messaging;
        this.dispatcher = dispatcher;
        this.types = types;
        this.endListeners = endListeners;
        this.clock = clock;
        this.mapper = mapper;
        this.workRoot = workRoot;
    }

    @Override
    public void start() {
        new LostWorkerRecovery(tasks, reservations, messaging, clock).recover(worker, "worker restarted");
        cancelWatch = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jpulp-cancel-watch"));
        cancelWatch.scheduleWithFixedDelay(this::watchCancellation, 250, 250, TimeUnit.MILLISECONDS);
        subscription = messaging.consume(TaskQueues.worker(worker), this::onAssignment, PREFETCH);
    }

    @Override
    public void stop() throws InterruptedException {
        draining = true;
        synchronized (runLock) {
            if (subscription != null) {
                subscription.close();
            }
        }
        cancelWatch.shutdownNow();
        cancelWatch.awaitTermination(5, TimeUnit.SECONDS);
    }

    void onAssignment(ReceivedMessage message) {
        if (draining) {
            throw new IllegalStateException("worker is stopping; the assignment stays queued");
        }
        WorkAssignment assignment = message.as(WorkAssignment.class);
        synchronized (runLock) {
            if (draining) {
                throw new IllegalStateException("worker is stopping; the assignment stays queued");
            }
            Optional<TaskRecord> started = tasks.start(assignment.taskId(), worker, assignment.attempt(), clock.instant());
            if (started.isPresent()) {
                run(started.get());
                return;
            }
            tasks.find(assignment.taskId())
                    .filter(t -> t.attempt() == assignment.attempt() && worker.equals(t.workerName()))
                    .filter(t -> t.state().isComplete())
                    .ifPresent(this::release);
        }
    }

    private void run(TaskRecord record) {
        MDC.put("task_id", record.taskId());
        Path workDir = workRoot.resolve(worker).resolve(record.taskId());
        RunningTask running = new RunningTask(record, tasks, dispatcher, mapper, workDir);
        current = running;
        try {
            long startedAt = System.nanoTime();
            TaskEnd end = execute(running);
            tasks.end(record.taskId(), record.attempt(), end);
            logEnd(record, end, Duration.ofNanos(System.nanoTime() - startedAt));
            if (record.scheduledCallId() != null) {
                TaskState finalState = tasks.find(record.taskId()).map(TaskRecord::state).orElse(end.state());
                endListeners.forEach(l -> l.ended(record, finalState));
            }
        } finally {
            current = null;
            deleteQuietly(workDir);
            release(record);
            MDC.remove("task_id");
        }
    }

    /**
     * One line per task: INFO only when the outcome is worth a look (canceled, or a task that ran for a while);
     * a quick success is DEBUG, so a stream of short tasks does not flood the log. Failures were logged as WARN.
     */
    private static void logEnd(TaskRecord record, TaskEnd end, Duration took) {
        boolean notable = end.state() == TaskState.CANCELED
                || (end.state() == TaskState.FINISHED && took.compareTo(NOTABLE_RUN) >= 0);
        if (notable) {
            LOG.info("task {} {} ({}) after {} ms", record.taskId(), end.state().wire(), record.taskType(),
                    took.toMillis());
        } else {
            LOG.debug("task {} {} ({}) after {} ms", record.taskId(), end.state().wire(), record.taskType(),
                    took.toMillis());
        }
    }

    private TaskEnd execute(RunningTask running) {
        TaskRecord record = running.record();
        try {
            Object result = types.find(record.taskType())
                    .orElseThrow(() -> new IllegalArgumentException("no task type '" + record.taskType()
                            + "' is installed on " + worker))
                    .run(running);
            TaskOutcome outcome = result instanceof TaskOutcome o ? o : TaskOutcome.of(result);
            return TaskEnd.finished(withSpawned(outcome, running), clock.instant())
                    .withProgress(running.takeUnsentProgress());
        } catch (TaskCanceledException e) {
            return TaskEnd.canceled(clock.instant());
        } catch (Exception e) {
            running.flushProgress();
            if (running.isCanceled()) {
                return TaskEnd.canceled(clock.instant());
            }
            LOG.warn("task {} failed: {}", record.taskId(), e.toString());
            LOG.debug("task {} failure details", record.taskId(), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof org.jpulp.common.error.PulpException coded) {
                return TaskEnd.failed(coded.errorDetail(), null, clock.instant());
            }
            return TaskEnd.failed(PulpErrors.error(PulpErrors.GENERIC, message,
                    Map.of("exception", e.getClass().getName())), null, clock.instant());
        }
    }

    private static TaskOutcome withSpawned(TaskOutcome outcome, RunningTask running) {
        java.util.List<String> all = new java.util.ArrayList<>(running.spawned());
        outcome.spawnedTasks().stream().filter(id -> !all.contains(id)).forEach(all::add);
        return new TaskOutcome(outcome.result(), outcome.error(), all);
    }

    /** Tells the resource manager that the task's holds can go; it releases them (or its reconciliation does). */
    private void release(TaskRecord record) {
        try {
            messaging.signal(TaskQueues.RESOURCE_MANAGER_RELEASES, ResourceManagerEvent.released(record.taskId()));
        } catch (MessagingException e) {
            LOG.warn("resource manager not told that task {} ended ({}); it will notice", record.taskId(), e.getMessage());
        }
    }

    private void watchCancellation() {
        RunningTask running = current;
        if (running == null) {
            return;
        }
        try {
            running.flushProgressIfDue();
            tasks.find(running.taskId()).filter(t -> t.state() == TaskState.CANCELED).ifPresent(t -> running.cancel());
        } catch (RuntimeException e) {
            LOG.debug("cancellation check failed: {}", e.toString());
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove working directory {}: {}", dir, e.toString());
        }
    }
}
