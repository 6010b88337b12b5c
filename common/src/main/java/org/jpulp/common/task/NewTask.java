package org.jpulp.common.task;

import java.time.Instant;

/** What the dispatcher stores for a fresh {@code waiting} task. */
public record NewTask(String taskId, TaskRequest request, long sequence, Instant dispatchedAt) {
}
