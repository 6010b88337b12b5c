package org.jpulp.common.task.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.all;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.FieldMap;
import org.jpulp.common.criteria.mongo.MongoCriteria;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.schema.PulpCollections;
import org.jpulp.common.schema.platform.M0003TaskEngine;
import org.jpulp.common.task.NewTask;
import org.jpulp.common.task.TaskEnd;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskState;
import org.jpulp.common.task.TaskStore;

/** {@link TaskStore} on Pulp 2's {@code task_status} collection (plus a {@code counters} document). */
public final class MongoTaskStore implements TaskStore {

    private static final String SEQUENCE_ID = "task_sequence";
    private static final List<String> INCOMPLETE = TaskState.INCOMPLETE.stream().map(TaskState::wire).toList();

    private static final FindOneAndUpdateOptions ID_ONLY = new FindOneAndUpdateOptions()
            .projection(new Document("_id", 1));

    private final MongoCollection<Document> tasks;
    private final MongoCollection<Document> counters;

    public MongoTaskStore(MongoDatabase db) {
        this.tasks = db.getCollection(PulpCollections.TASK_STATUS);
        this.counters = db.getCollection(M0003TaskEngine.COUNTERS);
    }

    @Override
    public long nextSequence() {
        Document counter = counters.findOneAndUpdate(eq("_id", SEQUENCE_ID), inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    @Override
    public void insert(NewTask task) {
        tasks.insertOne(TaskDocuments.newTask(task));
    }

    @Override
    public Optional<TaskRecord> find(String taskId) {
        return Optional.ofNullable(tasks.find(eq("task_id", taskId)).first()).map(TaskDocuments::record);
    }

    @Override
    public boolean assign(String taskId, int attempt, String worker, Instant at) {
        return update(atAttempt(taskId, "waiting", attempt),
                combine(set("worker_name", worker), set("attempt", attempt + 1), set("assigned_at", Date.from(at))));
    }

    /** One unordered bulk write; only when some filter matched nothing are the tasks read back to tell which. */
    @Override
    public Set<String> assignAll(List<Assignment> assignments, Instant at) {
        if (assignments.isEmpty()) {
            return Set.of();
        }
        List<UpdateOneModel<Document>> updates = assignments.stream().map(a -> new UpdateOneModel<Document>(
                atAttempt(a.taskId(), "waiting", a.attempt()), combine(set("worker_name", a.worker()),
                        set("attempt", a.attempt() + 1), set("assigned_at", Date.from(at))))).toList();
        int matched = tasks.bulkWrite(updates, new BulkWriteOptions().ordered(false)).getMatchedCount();
        Set<String> assigned = new HashSet<>();
        for (Assignment a : assignments) {
            if (matched == assignments.size() || tasks.find(atAttempt(a.taskId(), "waiting", a.attempt() + 1)
                    .append("worker_name", a.worker())).first() != null) {
                assigned.add(a.taskId());
            }
        }
        return assigned;
    }

    @Override
    public boolean unassign(String taskId, int attempt) {
        return update(atAttempt(taskId, "waiting", attempt),
                combine(set("worker_name", null), set("attempt", attempt + 1), set("assigned_at", null)));
    }

    @Override
    public Optional<TaskRecord> start(String taskId, String worker, int attempt, Instant at) {
        Document assigned = new Document("task_id", taskId).append("state", "waiting").append("worker_name", worker)
                .append("attempt", attempt);
        return Optional.ofNullable(tasks.findOneAndUpdate(assigned,
                combine(set("state", "running"), set("start_time", Date.from(at))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(TaskDocuments::record);
    }

    @Override
    public boolean end(String taskId, int attempt, TaskEnd end) {
        Bson fields = combine(set("finish_time", Date.from(end.at())), set("result", BsonValues.toBson(end.result())),
                set("error", BsonValues.toBson(end.error())), set("traceback", end.traceback()));
        List<Bson> ending = new ArrayList<>(List.of(fields, set("state", end.state().wire()),
                pushAll(end.spawnedTasks())));
        end.progress().forEach((id, report) -> ending.add(set("progress_report." + id, BsonValues.toBson(report))));
        if (update(atAttempt(taskId, "running", attempt), combine(ending))) {
            return true;
        }
        return update(atAttempt(taskId, "canceled", attempt),
                combine(set("finish_time", Date.from(end.at())), pushAll(end.spawnedTasks())));
    }

    private static Bson pushAll(List<String> spawned) {
        return com.mongodb.client.model.Updates.pushEach("spawned_tasks", spawned);
    }

    @Override
    public boolean cancel(String taskId, Instant at) {
        Bson canceled = combine(set("state", "canceled"), set("finish_time", Date.from(at)));
        while (true) { // one state at a time, each answered from an index; again if the task moved meanwhile
            if (INCOMPLETE.stream().anyMatch(state -> update(inState(taskId, state), canceled))) {
                return true;
            }
            if (find(taskId).map(t -> t.state().isComplete()).orElse(true)) {
                return false;
            }
        }
    }

    @Override
    public boolean requeueForRerun(String taskId, int attempt) {
        return update(atAttempt(taskId, "running", attempt),
                combine(set("state", "waiting"), set("worker_name", null), set("attempt", attempt + 1),
                        set("assigned_at", null), set("start_time", null), inc("reruns", 1)));
    }

    @Override
    public boolean reportProgress(String taskId, String reportId, Object report) {
        return update(inState(taskId, "running"), set("progress_report." + reportId, BsonValues.toBson(report)));
    }

    @Override
    public void addSpawned(String taskId, String spawnedTaskId) {
        tasks.updateOne(eq("task_id", taskId), push("spawned_tasks", spawnedTaskId));
    }

    @Override
    public List<TaskRecord> unassignedWaiting() {
        return list(and(eq("state", "waiting"), eq("worker_name", null)));
    }

    @Override
    public List<TaskRecord> incompleteOn(String worker) {
        return list(and(eq("worker_name", worker), in("state", INCOMPLETE)));
    }

    @Override
    public List<TaskRecord> assignedIncomplete() {
        return list(and(ne("worker_name", null), in("state", INCOMPLETE)));
    }

    @Override
    public List<TaskRecord> withTags(Collection<String> tags) {
        return list(tags.isEmpty() ? new Document() : all("tags", tags));
    }

    @Override
    public List<TaskRecord> search(Criteria criteria) {
        try {
            List<TaskRecord> found = new ArrayList<>();
            MongoCriteria.apply(tasks.find(MongoCriteria.filter(criteria, FieldMap.IDENTITY)),
                    criteria.withoutProjection(), FieldMap.IDENTITY, List.of())
                    .forEach(d -> found.add(TaskDocuments.record(d)));
            return found;
        } catch (MongoException e) {
            throw new InvalidValue(List.of("criteria"), "Invalid properties: ['criteria']", List.of());
        }
    }

    @Override
    public long purge(Collection<TaskState> states) {
        return tasks.deleteMany(in("state", states.stream().map(TaskState::wire).toList())).getDeletedCount();
    }

    @Override
    public Map<String, TaskState> states(Collection<String> taskIds) {
        Map<String, TaskState> out = new HashMap<>();
        for (Document d : tasks.find(in("task_id", taskIds)).projection(new Document("task_id", 1).append("state", 1))) {
            out.put(d.getString("task_id"), TaskState.fromWire(d.getString("state")));
        }
        return out;
    }

    /** The task in {@code state}: a filter with exactly the fields of a unique index (see M0004TaskTransitions). */
    private static Document inState(String taskId, String state) {
        return new Document("task_id", taskId).append("state", state);
    }

    /** The task in {@code state} at {@code attempt}, likewise answered from a unique index. */
    private static Document atAttempt(String taskId, String state, int attempt) {
        return inState(taskId, state).append("attempt", attempt);
    }

    /**
     * One conditional transition, as find-and-modify with a flat equality filter: the embedded MongoDB server
     * answers that from the unique index with the same fields (an {@code $and} or any other shape makes it scan).
     */
    private boolean update(Bson filter, Bson update) {
        return tasks.findOneAndUpdate(filter, update, ID_ONLY) != null;
    }

    private List<TaskRecord> list(Bson filter) {
        List<TaskRecord> out = new ArrayList<>();
        for (Document d : tasks.find(filter).sort(Sorts.ascending("seq"))) {
            out.add(TaskDocuments.record(d));
        }
        return out;
    }
}
