package org.jpulp.common.task;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: a registered task type, the resources it must hold exclusively while it runs (e.g.
 * {@code repository:zoo}; empty for tasks that may run anywhere at any time), its arguments (JSON-compatible
 * values) and Pulp 2 tags such as {@code pulp:repository:zoo} and {@code pulp:action:sync}.
 *
 * @param rerunOnWorkerLoss when the worker running the task is lost, run it once more instead of failing it
 * @param scheduledCallId   the schedule that fired this task, or null
 */
public record TaskRequest(String taskType, List<String> resources, Map<String, Object> args, List<String> tags,
                          boolean rerunOnWorkerLoss, String scheduledCallId) {

    public TaskRequest {
        Objects.requireNonNull(taskType, "taskType");
        resources = List.copyOf(resources);
        args = Map.copyOf(args);
        tags = List.copyOf(tags);
    }

    public static TaskRequest of(String taskType, List<String> resources, Map<String, Object> args, List<String> tags) {
        return new TaskRequest(taskType, resources, args, tags, false, null);
    }

    public TaskRequest withRerunOnWorkerLoss() {
        return new TaskRequest(taskType, resources, args, tags, true, scheduledCallId);
    }

    public TaskRequest firedBy(String scheduleId) {
        return new TaskRequest(taskType, resources, args, tags, rerunOnWorkerLoss, scheduleId);
    }
}
