package org.jpulp.resourcemanager.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jpulp.common.task.TaskRecord;

/**
 * What the active resource manager knows: unplaced tasks in submission order, which resources are held by which
 * task, and how many unfinished tasks each worker has. Pure bookkeeping; {@link #plan} decides placements.
 */
final class PlacementState {

    private final TreeMap<Long, TaskRecord> pending = new TreeMap<>();
    private final Map<String, String> holders = new HashMap<>();
    private final Map<String, TaskRecord> placed = new HashMap<>();

    void reset(List<TaskRecord> unplaced, Map<String, String> reservations, List<TaskRecord> assigned) {
        pending.clear();
        holders.clear();
        placed.clear();
        unplaced.forEach(this::addPending);
        holders.putAll(reservations);
        assigned.forEach(t -> placed.put(t.taskId(), t));
    }

    /** Replaces holds and placed tasks with the database's, keeping the unplaced tasks known so far. */
    void refreshPlaced(Map<String, String> reservations, List<TaskRecord> assigned) {
        holders.clear();
        placed.clear();
        holders.putAll(reservations);
        assigned.forEach(t -> placed.put(t.taskId(), t));
        pending.values().removeIf(t -> placed.containsKey(t.taskId()));
    }

    void addPending(TaskRecord task) {
        if (!placed.containsKey(task.taskId())) {
            pending.put(task.sequence(), task);
        }
    }

    /** A task read from the database, unless this view knows it already (placed, or pending maybe at a newer attempt). */
    void addPendingIfUnknown(TaskRecord task) {
        if (!placed.containsKey(task.taskId())) {
            pending.putIfAbsent(task.sequence(), task);
        }
    }

    void dropPending(TaskRecord task) {
        pending.remove(task.sequence());
    }

    void placed(TaskRecord task, String worker) {
        pending.remove(task.sequence());
        task.resources().forEach(r -> holders.put(r, task.taskId()));
        placed.put(task.taskId(), withWorker(task, worker));
    }

    /** The task no longer holds anything nor counts against its worker. */
    void released(String taskId, List<String> resources) {
        resources.forEach(r -> holders.remove(r, taskId));
        placed.remove(taskId);
    }

    void heldElsewhere(String resource, String taskId) {
        holders.put(resource, taskId);
    }

    Optional<TaskRecord> placedTask(String taskId) {
        return Optional.ofNullable(placed.get(taskId));
    }

    /**
     * Pending tasks that may start now, in submission order, each with the worker to run it: a task waits while
     * any of its resources is held, or wanted by an earlier pending task (FIFO per resource), but never delays a
     * later task on other resources. Workers are filled least-loaded first, up to {@code perWorker} each.
     */
    List<Placement> plan(List<String> workers, int perWorker) {
        Map<String, Integer> load = new HashMap<>();
        workers.forEach(w -> load.put(w, 0));
        placed.values().forEach(t -> load.computeIfPresent(t.workerName(), (w, n) -> n + 1));
        Set<String> wanted = new HashSet<>();
        List<Placement> out = new ArrayList<>();
        for (TaskRecord task : pending.values()) {
            boolean blocked = task.resources().stream().anyMatch(r -> holders.containsKey(r) || wanted.contains(r));
            wanted.addAll(task.resources());
            if (blocked) {
                continue;
            }
            Optional<String> worker = load.entrySet().stream().filter(e -> e.getValue() < perWorker)
                    .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey);
            if (worker.isEmpty()) {
                break;
            }
            load.merge(worker.get(), 1, Integer::sum);
            out.add(new Placement(task, worker.get()));
        }
        return out;
    }

    /** Tasks placed on workers and not yet ended, as last loaded or placed. */
    List<TaskRecord> placedTasks() {
        return List.copyOf(placed.values());
    }

    /** Placed tasks that have not started, per worker, oldest first. */
    Map<String, List<TaskRecord>> queuedByWorker() {
        Map<String, List<TaskRecord>> out = new HashMap<>();
        placed.values().stream().filter(t -> t.startTime() == null)
                .sorted(Comparator.comparingLong(TaskRecord::sequence))
                .forEach(t -> out.computeIfAbsent(t.workerName(), w -> new ArrayList<>()).add(t));
        return out;
    }

    int pendingCount() {
        return pending.size();
    }

    private static TaskRecord withWorker(TaskRecord t, String worker) {
        return new TaskRecord(t.taskId(), t.taskType(), t.state(), worker, t.tags(), t.resources(), t.args(),
                t.sequence(), t.attempt() + 1, t.rerunOnWorkerLoss(), t.reruns(), t.scheduledCallId(), t.dispatchedAt(),
                t.assignedAt(), t.startTime(), t.finishTime(), t.result(), t.error(), t.traceback(), t.progressReport(),
                t.spawnedTasks(), t.documentId());
    }

    record Placement(TaskRecord task, String worker) {
    }
}
