package org.jpulp.common.repository.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jpulp.common.repository.HistoryDocuments;
import org.jpulp.common.repository.HistoryQuery;
import org.jpulp.common.repository.PublishResult;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.common.repository.SyncResult;
import org.jpulp.common.schema.PulpCollections;

/** {@link RepositoryHistory} on MongoDB. */
public final class MongoRepositoryHistory implements RepositoryHistory {

    private final MongoCollection<Document> syncs;
    private final MongoCollection<Document> publishes;

    public MongoRepositoryHistory(MongoDatabase db) {
        this.syncs = db.getCollection(PulpCollections.REPO_SYNC_RESULTS);
        this.publishes = db.getCollection(PulpCollections.REPO_PUBLISH_RESULTS);
    }

    @Override
    public SyncResult addSyncResult(SyncResult result) {
        Document doc = HistoryDocuments.sync(result);
        doc.putIfAbsent("_id", new ObjectId());
        syncs.insertOne(doc);
        return HistoryDocuments.sync(doc);
    }

    @Override
    public PublishResult addPublishResult(PublishResult result) {
        Document doc = HistoryDocuments.publish(result);
        doc.putIfAbsent("_id", new ObjectId());
        publishes.insertOne(doc);
        return HistoryDocuments.publish(doc);
    }

    @Override
    public List<SyncResult> syncHistory(String repoId, HistoryQuery query) {
        return select(syncs, eq("repo_id", repoId), query, HistoryDocuments::sync);
    }

    @Override
    public List<PublishResult> publishHistory(String repoId, String distributorId, HistoryQuery query) {
        return select(publishes, and(eq("repo_id", repoId), eq("distributor_id", distributorId)), query,
                HistoryDocuments::publish);
    }

    @Override
    public void deleteFor(String repoId) {
        syncs.deleteMany(eq("repo_id", repoId));
        publishes.deleteMany(eq("repo_id", repoId));
    }

    private static <T> List<T> select(MongoCollection<Document> collection, Bson owner, HistoryQuery query,
                                      Function<Document, T> decode) {
        List<Bson> filters = new ArrayList<>(List.of(owner));
        if (query.startDate() != null) {
            filters.add(gte("started", Date.from(query.startDate())));
        }
        if (query.endDate() != null) {
            filters.add(lte("started", Date.from(query.endDate())));
        }
        int direction = query.ascending() ? 1 : -1;
        FindIterable<Document> find = collection.find(and(filters))
                .sort(new Document("started", direction).append("_id", direction));
        if (query.limit() != null) {
            find = find.limit(query.limit());
        }
        List<T> out = new ArrayList<>();
        find.forEach(d -> out.add(decode.apply(d)));
        return out;
    }
}
