package org.jpulp.common.task;

/** Names of the queues the task engine uses (Pulp 2's). */
public final class TaskQueues {

    public static final String RESOURCE_MANAGER = "resource_manager";
    /** Releases go to a queue of their own, so they are not stuck behind a burst of submissions. */
    public static final String RESOURCE_MANAGER_RELEASES = "resource_manager.released";

    private TaskQueues() {
    }

    /** A worker's own queue, e.g. {@code reserved_resource_worker-1@host.dq}. */
    public static String worker(String workerName) {
        return workerName + ".dq";
    }
}
