package org.jpulp.common.task;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a started task ended, as written to its record; {@code progress} holds progress reports not written yet, which
 * are written with the end (report id → report).
 */
public record TaskEnd(TaskState state, Object result, Map<String, Object> error, String traceback,
                      List<String> spawnedTasks, Instant at, Map<String, Object> progress) {

    public TaskEnd {
        progress = progress == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(progress));
    }

    public TaskEnd(TaskState state, Object result, Map<String, Object> error, String traceback,
                   List<String> spawnedTasks, Instant at) {
        this(state, result, error, traceback, spawnedTasks, at, Map.of());
    }

    public TaskEnd withProgress(Map<String, Object> reports) {
        return new TaskEnd(state, result, error, traceback, spawnedTasks, at, reports);
    }

    public static TaskEnd finished(TaskOutcome outcome, Instant at) {
        return new TaskEnd(TaskState.FINISHED, outcome.result(), outcome.error(), null, outcome.spawnedTasks(), at);
    }

    public static TaskEnd failed(Map<String, Object> error, String traceback, Instant at) {
        return new TaskEnd(TaskState.ERROR, null, error, traceback, List.of(), at);
    }

    public static TaskEnd canceled(Instant at) {
        return new TaskEnd(TaskState.CANCELED, null, null, null, List.of(), at);
    }
}
