package org.jpulp.common.schema;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Pulp 2's {@value #COLLECTION}: one document per migration package,
 * {@code {_id: <tracker name>, name: <tracker name>, version: <last applied>}}. A missing document means version 0.
 */
public final class MigrationTrackers {

    public static final String COLLECTION = "migration_trackers";

    private final MongoCollection<Document> trackers;

    public MigrationTrackers(MongoDatabase db) {
        this.trackers = db.getCollection(COLLECTION);
    }

    public int version(String trackerName) {
        Document doc = trackers.find(eq("_id", trackerName)).first();
        if (doc == null) {
            return 0;
        }
        Number version = doc.get("version", Number.class);
        return version == null ? 0 : version.intValue();
    }

    /** Raises the tracker to {@code version}; never lowers it. */
    public void record(String trackerName, int version) {
        trackers.updateOne(eq("_id", trackerName),
                Updates.combine(Updates.set("name", trackerName), Updates.max("version", version)),
                new UpdateOptions().upsert(true));
    }
}
