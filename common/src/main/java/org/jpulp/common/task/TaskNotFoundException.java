package org.jpulp.common.task;

/** No task has the given id. */
public final class TaskNotFoundException extends RuntimeException {

    private final String taskId;

    public TaskNotFoundException(String taskId) {
        super("Missing resource(s): task_id=" + taskId);
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }
}
