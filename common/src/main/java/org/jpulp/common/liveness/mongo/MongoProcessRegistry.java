package org.jpulp.common.liveness.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jpulp.common.liveness.ProcessRecord;
import org.jpulp.common.liveness.ProcessRegistry;

/** Pulp 2's {@code workers} collection: {@code {_id: <name>, last_heartbeat: <date>, _ns: "workers"}}. */
public final class MongoProcessRegistry implements ProcessRegistry {

    public static final String COLLECTION = "workers";

    private final MongoCollection<Document> workers;

    public MongoProcessRegistry(MongoDatabase db) {
        this.workers = db.getCollection(COLLECTION);
    }

    @Override
    public void heartbeat(String name, Instant at) {
        workers.updateOne(eq("_id", name),
                Updates.combine(Updates.set("last_heartbeat", Date.from(at)), Updates.set("_ns", COLLECTION)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void remove(String name) {
        workers.deleteOne(eq("_id", name));
    }

    @Override
    public boolean retire(ProcessRecord record) {
        return workers.deleteOne(Filters.and(eq("_id", record.name()),
                eq("last_heartbeat", Date.from(record.lastHeartbeat())))).getDeletedCount() == 1;
    }

    @Override
    public List<ProcessRecord> aliveSince(Instant since) {
        return find(gte("last_heartbeat", Date.from(since)));
    }

    @Override
    public List<ProcessRecord> silentSince(Instant cutoff) {
        return find(lt("last_heartbeat", Date.from(cutoff)));
    }

    private List<ProcessRecord> find(Bson filter) {
        List<ProcessRecord> out = new ArrayList<>();
        for (Document d : workers.find(filter).sort(Sorts.ascending("_id"))) {
            out.add(new ProcessRecord(d.getString("_id"), d.getDate("last_heartbeat").toInstant()));
        }
        return out;
    }
}
