package org.jpulp.common.task;

/**
 * Code a worker runs for tasks of one type. Implementations are registered with the worker (Guice multibinder
 * of {@code TaskType}); plugins contribute theirs.
 */
public interface TaskType {

    /** The {@code task_type} clients see, e.g. {@code pulp.server.managers.repo.sync.sync}. */
    String name();

    /**
     * Runs the task. The returned value (JSON-compatible, or a {@link TaskOutcome}) becomes the task's
     * {@code result}; an exception ends the task in {@code error}. Long work calls
     * {@link TaskContext#checkCanceled()} regularly.
     */
    Object run(TaskContext context) throws Exception;
}
