package org.jpulp.common.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How a started task ended, as written to its record. */
public record TaskEnd(TaskState state, Object result, Map<String, Object> error, String traceback,
                      List<String> spawnedTasks, Instant at) {

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
