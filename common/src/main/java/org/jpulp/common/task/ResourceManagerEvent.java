package org.jpulp.common.task;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A message to the resource manager: a task was submitted, or its resources were released. */
public record ResourceManagerEvent(String event, @JsonProperty("task_id") String taskId) {

    public static final String SUBMITTED = "submitted";
    public static final String RELEASED = "released";

    public static ResourceManagerEvent submitted(String taskId) {
        return new ResourceManagerEvent(SUBMITTED, taskId);
    }

    public static ResourceManagerEvent released(String taskId) {
        return new ResourceManagerEvent(RELEASED, taskId);
    }
}
