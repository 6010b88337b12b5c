package org.jpulp.common.task;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exclusive holds on resources ({@code reserved_resources}): one document per resource id, so the database
 * itself guarantees that at most one task holds a resource, even if two resource managers overlap.
 */
public interface ReservationStore {

    /** Reserves every resource for the task, or none of them; true on success (and when the task holds them already). */
    boolean reserve(String taskId, String worker, Collection<String> resources);

    /** Releases whatever of {@code resources} the task holds. */
    void release(String taskId, Collection<String> resources);

    /** {@link #reserve} for each hold (their resources are disjoint); the ids of the tasks that got all of theirs. */
    default Set<String> reserveAll(List<Hold> holds) {
        Set<String> reserved = new HashSet<>();
        holds.stream().filter(h -> reserve(h.taskId(), h.worker(), h.resources())).forEach(h -> reserved.add(h.taskId()));
        return reserved;
    }

    /** {@link #release} for each task id → its resources. */
    default void releaseAll(Map<String, List<String>> resourcesByTask) {
        resourcesByTask.forEach(this::release);
    }

    /** Moves the holds of a task that was re-assigned to another worker. */
    void moveTo(String taskId, String worker, Collection<String> resources);

    /** Resource id → holding task id. */
    Map<String, String> holders();

    /** A task that wants to hold its resources for the worker it is being placed on. */
    record Hold(String taskId, String worker, List<String> resources) {
    }
}
