package org.jpulp.common.task;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpulp.common.criteria.Criteria;

/**
 * The {@code task_status} collection: the source of truth of the task engine. Every state change is one
 * conditional single-document update, so concurrent or repeated handlers cannot move a task backwards.
 */
public interface TaskStore {

    /** A number larger than every number handed out before: the submission order of tasks. */
    long nextSequence();

    void insert(NewTask task);

    Optional<TaskRecord> find(String taskId);

    /** {@code waiting} at {@code attempt} → assigned to {@code worker} at {@code attempt + 1}. */
    boolean assign(String taskId, int attempt, String worker, Instant at);

    /** {@link #assign} for each assignment (distinct tasks); the ids of the tasks that were assigned. */
    default Set<String> assignAll(List<Assignment> assignments, Instant at) {
        Set<String> assigned = new HashSet<>();
        assignments.stream().filter(a -> assign(a.taskId(), a.attempt(), a.worker(), at))
                .forEach(a -> assigned.add(a.taskId()));
        return assigned;
    }

    /** {@code waiting} at {@code attempt} → unassigned at {@code attempt + 1}, to be placed again. */
    boolean unassign(String taskId, int attempt);

    /** {@code waiting}, assigned to {@code worker} at {@code attempt} → {@code running}; the started task, if it did. */
    Optional<TaskRecord> start(String taskId, String worker, int attempt, Instant at);

    /** {@code running} at {@code attempt} → the end's state; a task canceled meanwhile keeps {@code canceled}. */
    boolean end(String taskId, int attempt, TaskEnd end);

    /** Any incomplete state → {@code canceled}. False when the task was already complete. */
    boolean cancel(String taskId, Instant at);

    /** A running task that was lost with its worker → {@code waiting}, unassigned, one rerun used. */
    boolean requeueForRerun(String taskId, int attempt);

    /** Replaces {@code progress_report[reportId]} while the task runs; false when it no longer runs. */
    boolean reportProgress(String taskId, String reportId, Object report);

    void addSpawned(String taskId, String spawnedTaskId);

    /** Waiting tasks no resource manager has placed, in submission order. */
    List<TaskRecord> unassignedWaiting();

    /** Incomplete tasks assigned to {@code worker}. */
    List<TaskRecord> incompleteOn(String worker);

    /** All incomplete tasks assigned to a worker, for the resource manager's view of the workers' load. */
    List<TaskRecord> assignedIncomplete();

    /** Tasks having every one of {@code tags} (all tasks when empty), in dispatch order. */
    List<TaskRecord> withTags(Collection<String> tags);

    /** Tasks matching Pulp 2 search criteria over {@code task_status} fields (filters, sort, skip, limit). */
    List<TaskRecord> search(Criteria criteria);

    /** Deletes complete tasks in the given states; returns how many. */
    long purge(Collection<TaskState> states);

    /** States of the given tasks (missing ids are absent from the map). */
    Map<String, TaskState> states(Collection<String> taskIds);

    /** A waiting task at {@code attempt} to be assigned to {@code worker}. */
    record Assignment(String taskId, int attempt, String worker) {
    }
}
