package org.jpulp.common.task.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
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
                reservations.insertOne(new Document("_id", resource).append("task_id", taskId)
                        .append("worker_name", worker).append("_ns", PulpCollections.RESERVED_RESOURCES));
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
}
