package org.jpulp.common.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task as stored in {@code task_status}. {@code attempt} grows with every (re)assignment to a worker and fences
 * stale messages: a worker only starts a task whose attempt matches its message. {@code documentId} is the
 * hex Mongo {@code _id} Pulp 2 clients see as {@code id} and {@code _id.$oid}.
 */
public record TaskRecord(String taskId, String taskType, TaskState state, String workerName, List<String> tags,
                         List<String> resources, Map<String, Object> args, long sequence, int attempt,
                         boolean rerunOnWorkerLoss, int reruns, String scheduledCallId, Instant dispatchedAt,
                         Instant assignedAt, Instant startTime, Instant finishTime, Object result,
                         Map<String, Object> error, String traceback, Map<String, Object> progressReport,
                         List<String> spawnedTasks, String documentId) {

    public boolean isAssigned() {
        return workerName != null;
    }
}
