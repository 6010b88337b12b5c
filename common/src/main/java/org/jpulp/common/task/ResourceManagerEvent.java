package org.jpulp.common.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A message to the resource manager: a task was submitted (with what placement needs, so the resource manager
 * does not have to read it back), or a task's resources were released. Either may be lost; the resource
 * manager's reconciliation reads the truth from the database.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceManagerEvent(String event, @JsonProperty("task_id") String taskId, List<String> resources,
                                   Long sequence, Integer attempt) {

    public static final String SUBMITTED = "submitted";
    public static final String RELEASED = "released";

    public static ResourceManagerEvent submitted(String taskId, List<String> resources, long sequence, int attempt) {
        return new ResourceManagerEvent(SUBMITTED, taskId, resources, sequence, attempt);
    }

    public static ResourceManagerEvent released(String taskId) {
        return new ResourceManagerEvent(RELEASED, taskId, null, null, null);
    }

    /** Whether the event carries what placement needs. */
    public boolean isComplete() {
        return resources != null && sequence != null && attempt != null;
    }
}
