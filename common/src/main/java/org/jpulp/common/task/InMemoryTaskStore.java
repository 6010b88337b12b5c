package org.jpulp.common.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.CriteriaMatcher;
import org.jpulp.common.criteria.FieldMap;

/** In-memory twin of {@link org.jpulp.common.task.mongo.MongoTaskStore} for unit tests. */
public final class InMemoryTaskStore implements TaskStore {

    private final Map<String, TaskRecord> tasks = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong documentIds = new AtomicLong();

    @Override
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    @Override
    public synchronized void insert(NewTask task) {
        TaskRequest r = task.request();
        tasks.put(task.taskId(), new TaskRecord(task.taskId(), r.taskType(), TaskState.WAITING, null, r.tags(),
                r.resources(), r.args(), task.sequence(), 0, r.rerunOnWorkerLoss(), 0, r.scheduledCallId(),
                task.dispatchedAt(), null, null, null, null, null, null, Map.of(), List.of(),
                String.format("%024x", documentIds.incrementAndGet())));
    }

    @Override
    public synchronized Optional<TaskRecord> find(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public boolean assign(String taskId, int attempt, String worker, Instant at) {
        return change(taskId, t -> t.state() == TaskState.WAITING && t.attempt() == attempt,
                t -> with(t, TaskState.WAITING, worker, attempt + 1, at, t.startTime(), t.reruns()));
    }

    @Override
    public boolean unassign(String taskId, int attempt) {
        return change(taskId, t -> t.state() == TaskState.WAITING && t.attempt() == attempt,
                t -> with(t, TaskState.WAITING, null, attempt + 1, null, t.startTime(), t.reruns()));
    }

    @Override
    public synchronized Optional<TaskRecord> start(String taskId, String worker, int attempt, Instant at) {
        boolean started = change(taskId,
                t -> t.state() == TaskState.WAITING && worker.equals(t.workerName()) && t.attempt() == attempt,
                t -> with(t, TaskState.RUNNING, worker, attempt, t.assignedAt(), at, t.reruns()));
        return started ? find(taskId) : Optional.empty();
    }

    @Override
    public boolean end(String taskId, int attempt, TaskEnd end) {
        if (change(taskId, t -> t.state() == TaskState.RUNNING && t.attempt() == attempt,
                t -> ended(withProgress(t, end.progress()), end, end.state()))) {
            return true;
        }
        return change(taskId, t -> t.state() == TaskState.CANCELED && t.attempt() == attempt,
                t -> ended(t, end, TaskState.CANCELED));
    }

    @Override
    public boolean cancel(String taskId, Instant at) {
        return change(taskId, t -> !t.state().isComplete(), t -> ended(t, TaskEnd.canceled(at), TaskState.CANCELED));
    }

    @Override
    public boolean requeueForRerun(String taskId, int attempt) {
        return change(taskId, t -> t.state() == TaskState.RUNNING && t.attempt() == attempt,
                t -> with(t, TaskState.WAITING, null, attempt + 1, null, null, t.reruns() + 1));
    }

    @Override
    public boolean reportProgress(String taskId, String reportId, Object report) {
        return change(taskId, t -> t.state() == TaskState.RUNNING, t -> withProgress(t, Map.of(reportId, report)));
    }

    private static TaskRecord withProgress(TaskRecord t, Map<String, Object> reports) {
        Map<String, Object> progress = new HashMap<>(t.progressReport());
        progress.putAll(reports);
        return new TaskRecord(t.taskId(), t.taskType(), t.state(), t.workerName(), t.tags(), t.resources(), t.args(),
                t.sequence(), t.attempt(), t.rerunOnWorkerLoss(), t.reruns(), t.scheduledCallId(), t.dispatchedAt(),
                t.assignedAt(), t.startTime(), t.finishTime(), t.result(), t.error(), t.traceback(), progress,
                t.spawnedTasks(), t.documentId());
    }

    @Override
    public void addSpawned(String taskId, String spawnedTaskId) {
        change(taskId, t -> true, t -> withSpawned(t, List.of(spawnedTaskId)));
    }

    @Override
    public List<TaskRecord> unassignedWaiting() {
        return list(t -> t.state() == TaskState.WAITING && t.workerName() == null);
    }

    @Override
    public List<TaskRecord> incompleteOn(String worker) {
        return list(t -> !t.state().isComplete() && worker.equals(t.workerName()));
    }

    @Override
    public List<TaskRecord> assignedIncomplete() {
        return list(t -> !t.state().isComplete() && t.workerName() != null);
    }

    @Override
    public List<TaskRecord> withTags(Collection<String> tags) {
        return list(t -> t.tags().containsAll(tags));
    }

    @Override
    public synchronized List<TaskRecord> search(Criteria criteria) {
        List<Map<String, Object>> docs = new ArrayList<>();
        tasks.values().forEach(t -> docs.add(searchable(t)));
        return CriteriaMatcher.select(docs, criteria, FieldMap.IDENTITY).stream()
                .map(d -> tasks.get((String) d.get("task_id"))).toList();
    }

    /** The fields of a task as {@code task_status} stores them, for matching criteria. */
    private static Map<String, Object> searchable(TaskRecord t) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("task_id", t.taskId());
        doc.put("task_type", t.taskType());
        doc.put("state", t.state().wire());
        doc.put("worker_name", t.workerName());
        doc.put("tags", t.tags());
        doc.put("resources", t.resources());
        doc.put("seq", t.sequence());
        doc.put("start_time", t.startTime() == null ? null : java.util.Date.from(t.startTime()));
        doc.put("finish_time", t.finishTime() == null ? null : java.util.Date.from(t.finishTime()));
        return doc;
    }

    @Override
    public synchronized long purge(Collection<TaskState> states) {
        int before = tasks.size();
        tasks.values().removeIf(t -> states.contains(t.state()));
        return before - tasks.size();
    }

    @Override
    public synchronized Map<String, TaskState> states(Collection<String> taskIds) {
        Map<String, TaskState> out = new HashMap<>();
        taskIds.stream().filter(tasks::containsKey).forEach(id -> out.put(id, tasks.get(id).state()));
        return out;
    }

    private synchronized boolean change(String taskId, Predicate<TaskRecord> when, UnaryOperator<TaskRecord> how) {
        TaskRecord t = tasks.get(taskId);
        if (t == null || !when.test(t)) {
            return false;
        }
        tasks.put(taskId, how.apply(t));
        return true;
    }

    private synchronized List<TaskRecord> list(Predicate<TaskRecord> filter) {
        List<TaskRecord> out = new ArrayList<>(tasks.values().stream().filter(filter).toList());
        out.sort(Comparator.comparingLong(TaskRecord::sequence));
        return out;
    }

    private static TaskRecord with(TaskRecord t, TaskState state, String worker, int attempt, Instant assignedAt,
                                   Instant startTime, int reruns) {
        return new TaskRecord(t.taskId(), t.taskType(), state, worker, t.tags(), t.resources(), t.args(), t.sequence(),
                attempt, t.rerunOnWorkerLoss(), reruns, t.scheduledCallId(), t.dispatchedAt(), assignedAt, startTime,
                t.finishTime(), t.result(), t.error(), t.traceback(), t.progressReport(), t.spawnedTasks(), t.documentId());
    }

    private static TaskRecord ended(TaskRecord t, TaskEnd end, TaskState state) {
        TaskRecord r = new TaskRecord(t.taskId(), t.taskType(), state, t.workerName(), t.tags(), t.resources(), t.args(),
                t.sequence(), t.attempt(), t.rerunOnWorkerLoss(), t.reruns(), t.scheduledCallId(), t.dispatchedAt(),
                t.assignedAt(), t.startTime(), end.at(), end.result(), end.error(), end.traceback(), t.progressReport(),
                t.spawnedTasks(), t.documentId());
        return withSpawned(r, end.spawnedTasks());
    }

    private static TaskRecord withSpawned(TaskRecord t, List<String> more) {
        List<String> spawned = new ArrayList<>(t.spawnedTasks());
        spawned.addAll(more);
        return new TaskRecord(t.taskId(), t.taskType(), t.state(), t.workerName(), t.tags(), t.resources(), t.args(),
                t.sequence(), t.attempt(), t.rerunOnWorkerLoss(), t.reruns(), t.scheduledCallId(), t.dispatchedAt(),
                t.assignedAt(), t.startTime(), t.finishTime(), t.result(), t.error(), t.traceback(), t.progressReport(),
                spawned, t.documentId());
    }
}
