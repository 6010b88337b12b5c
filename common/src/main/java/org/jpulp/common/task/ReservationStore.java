package org.jpulp.common.task;

import java.util.Collection;
import java.util.Map;

/**
 * Exclusive holds on resources ({@code reserved_resources}): one document per resource id, so the database
 * itself guarantees that at most one task holds a resource, even if two resource managers overlap.
 */
public interface ReservationStore {

    /** Reserves every resource for the task, or none of them; true on success (and when the task holds them already). */
    boolean reserve(String taskId, String worker, Collection<String> resources);

    /** Releases whatever of {@code resources} the task holds. */
    void release(String taskId, Collection<String> resources);

    /** Moves the holds of a task that was re-assigned to another worker. */
    void moveTo(String taskId, String worker, Collection<String> resources);

    /** Resource id → holding task id. */
    Map<String, String> holders();
}
