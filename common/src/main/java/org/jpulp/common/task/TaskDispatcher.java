package org.jpulp.common.task;

/** Accepts work: records the task as {@code waiting} and hands it to the resource manager. */
public interface TaskDispatcher {

    /** Returns the new task's id (a UUID4 string), which the task is visible under at once. */
    String dispatch(TaskRequest request);
}
