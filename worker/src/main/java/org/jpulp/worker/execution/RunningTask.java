package org.jpulp.worker.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.common.task.TaskStore;

/**
 * The {@link TaskContext} of one task while it runs. Progress is written at most every {@link #PROGRESS_EVERY},
 * counted from the start: a report that has to wait is written by the worker's watch once due, or with the task's
 * end (so a short task writes its progress and its end at once). Cancellation is noticed by the worker's watch and by
 * every progress write that finds the task no longer running.
 */
final class RunningTask implements TaskContext {

    static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final TaskRecord task;
    private final TaskStore tasks;
    private final TaskDispatcher dispatcher;
    private final ObjectMapper mapper;
    private final Path workingDirectory;
    private final Map<String, Object> unsentProgress = new HashMap<>();
    private final List<String> spawned = new ArrayList<>();
    private volatile boolean canceled;
    private long lastProgressWrite = System.nanoTime();

    RunningTask(TaskRecord task, TaskStore tasks, TaskDispatcher dispatcher, ObjectMapper mapper, Path workingDirectory) {
        this.task = task;
        this.tasks = tasks;
        this.dispatcher = dispatcher;
        this.mapper = mapper;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String taskId() {
        return task.taskId();
    }

    @Override
    public JsonNode args() {
        return mapper.valueToTree(task.args() == null ? Map.of() : task.args());
    }

    @Override
    public synchronized void reportProgress(String reportId, Object report) {
        unsentProgress.put(reportId, report);
        long now = System.nanoTime();
        if (now - lastProgressWrite >= PROGRESS_EVERY.toNanos()) {
            flushProgress();
            lastProgressWrite = now;
        }
    }

    /** Writes reports held back by the throttle once {@link #PROGRESS_EVERY} has passed since the last write. */
    synchronized void flushProgressIfDue() {
        long now = System.nanoTime();
        if (!unsentProgress.isEmpty() && now - lastProgressWrite >= PROGRESS_EVERY.toNanos()) {
            flushProgress();
            lastProgressWrite = now;
        }
    }

    /** The reports not written yet, to be written with the end; none are pending afterwards. */
    synchronized Map<String, Object> takeUnsentProgress() {
        Map<String, Object> reports = new HashMap<>(unsentProgress);
        unsentProgress.clear();
        return reports;
    }

    synchronized void flushProgress() {
        unsentProgress.forEach((id, report) -> {
            if (!tasks.reportProgress(task.taskId(), id, report)) {
                canceled = true;
            }
        });
        unsentProgress.clear();
    }

    @Override
    public void checkCanceled() {
        if (canceled) {
            throw new TaskCanceledException(task.taskId());
        }
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    void cancel() {
        canceled = true;
    }

    @Override
    public String spawn(TaskRequest request) {
        String id = dispatcher.dispatch(request);
        synchronized (this) {
            spawned.add(id);
        }
        return id;
    }

    synchronized List<String> spawned() {
        return List.copyOf(spawned);
    }

    /** Created on first use: most tasks never need one, and creating and removing it costs a few file operations. */
    @Override
    public Path workingDirectory() {
        try {
            return Files.createDirectories(workingDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create working directory " + workingDirectory, e);
        }
    }

    TaskRecord record() {
        return task;
    }
}
