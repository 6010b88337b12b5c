package org.jpulp.common.task;

/** Told on the worker when a task it ran has ended (e.g. to count a schedule's consecutive failures). */
@FunctionalInterface
public interface TaskEndListener {

    void ended(TaskRecord task, TaskState finalState);
}
