package org.jpulp.common.task;

import java.util.List;
import java.util.Map;

/**
 * Pulp 2's {@code TaskResult}: a result, an optional non-fatal error (the task still finishes) and the ids of
 * tasks this one spawned.
 */
public record TaskOutcome(Object result, Map<String, Object> error, List<String> spawnedTasks) {

    public TaskOutcome {
        spawnedTasks = List.copyOf(spawnedTasks);
    }

    public static TaskOutcome of(Object result) {
        return new TaskOutcome(result, null, List.of());
    }
}
