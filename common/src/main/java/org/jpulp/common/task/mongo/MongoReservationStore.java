package org.jpulp.common.task.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jpulp.common.schema.PulpCollections;
import org.jpulp.common.task.ReservationStore;

/** {@code reserved_resources}: {@code {_id: <resource id>, task_id, worker_name, _ns}}. */
public final class MongoReservationStore implements ReservationStore {

    private final MongoCollection<Document> reservations;

    public MongoReservationStore(MongoDatabase db) {
        this.reservations = db.getCollection(PulpCollections.RESERVED_RESOURCES);
    }

    @Override
    public boolean reserve(String taskId, String worker, Collection<String> resources) {
        List<String> taken = new ArrayList<>();
        for (String resource : resources) {
            try {
                reservations.insertOne(holding(resource, taskId, worker));
                taken.add(resource);
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    release(taskId, taken);
                    throw e;
                }
                if (reservations.countDocuments(and(eq("_id", resource), eq("task_id", taskId))) == 0) {
                    release(taskId, taken);
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * One unordered insert of every hold; a resource refused as already held counts as held when this very task holds
     * it, otherwise the task's other new holds are undone and it is left out.
     */
    @Override
    public Set<String> reserveAll(List<Hold> holds) {
        List<Document> docs = new ArrayList<>();
        List<Hold> holdOf = new ArrayList<>();
        for (Hold hold : holds) {
            for (String resource : hold.resources()) {
                docs.add(holding(resource, hold.taskId(), hold.worker()));
                holdOf.add(hold);
            }
        }
        Set<Hold> refused = new HashSet<>();
        if (!docs.isEmpty()) {
            try {
                reservations.insertMany(docs, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    Hold hold = holdOf.get(error.getIndex());
                    Object resource = docs.get(error.getIndex()).get("_id");
                    if (reservations.countDocuments(and(eq("_id", resource), eq("task_id", hold.taskId()))) == 0) {
                        refused.add(hold);
                    }
                }
            }
        }
        refused.forEach(h -> release(h.taskId(), h.resources()));
        Set<String> reserved = new HashSet<>();
        holds.stream().filter(h -> !refused.contains(h)).forEach(h -> reserved.add(h.taskId()));
        return reserved;
    }

    /** One delete for all of them. */
    @Override
    public void releaseAll(Map<String, List<String>> resourcesByTask) {
        List<Bson> held = new ArrayList<>();
        resourcesByTask.forEach((taskId, resources) -> resources.forEach(
                r -> held.add(new Document("_id", r).append("task_id", taskId))));
        if (!held.isEmpty()) {
            reservations.deleteMany(or(held));
        }
    }

    @Override
    public void release(String taskId, Collection<String> resources) {
        for (String resource : resources) {
            reservations.deleteOne(and(eq("_id", resource), eq("task_id", taskId)));
        }
    }

    @Override
    public void moveTo(String taskId, String worker, Collection<String> resources) {
        for (String resource : resources) {
            reservations.updateOne(and(eq("_id", resource), eq("task_id", taskId)), Updates.set("worker_name", worker));
        }
    }

    @Override
    public Map<String, String> holders() {
        Map<String, String> out = new HashMap<>();
        reservations.find().forEach(d -> out.put(d.getString("_id"), d.getString("task_id")));
        return out;
    }

    private static Document holding(String resource, String taskId, String worker) {
        return new Document("_id", resource).append("task_id", taskId).append("worker_name", worker)
                .append("_ns", PulpCollections.RESERVED_RESOURCES);
    }
}
