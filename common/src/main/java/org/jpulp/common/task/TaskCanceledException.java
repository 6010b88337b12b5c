package org.jpulp.common.task;

/** Thrown by {@link TaskContext#checkCanceled()}; ends the task as {@code canceled}, not {@code error}. */
public final class TaskCanceledException extends RuntimeException {

    public TaskCanceledException(String taskId) {
        super("task " + taskId + " was canceled");
    }
}
