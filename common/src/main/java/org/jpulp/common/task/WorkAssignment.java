package org.jpulp.common.task;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A message to a worker: run this task at this attempt (older attempts are stale and ignored). */
public record WorkAssignment(@JsonProperty("task_id") String taskId, int attempt) {
}
