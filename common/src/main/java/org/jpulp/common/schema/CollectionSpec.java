package org.jpulp.common.schema;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/** A collection and the indexes it must have. {@link #ensure} is idempotent and safe to race. */
public record CollectionSpec(String name, List<IndexSpec> indexes) {

    private static final int NAMESPACE_EXISTS = 48;

    public CollectionSpec {
        indexes = List.copyOf(indexes);
    }

    public static CollectionSpec of(String name, IndexSpec... indexes) {
        return new CollectionSpec(name, List.of(indexes));
    }

    /**
     * Creates the collection when missing and every index whose name is missing. An index that exists under the
     * same name is left as it is, so an index whose definition changes needs a migration that drops it first.
     *
     * @return how many indexes were created
     */
    public int ensure(MongoDatabase db) {
        if (!collectionNames(db).contains(name)) {
            try {
                db.createCollection(name);
            } catch (MongoCommandException e) {
                if (e.getErrorCode() != NAMESPACE_EXISTS) {
                    throw e;
                }
            }
        }
        MongoCollection<Document> collection = db.getCollection(name);
        Set<String> existing = new HashSet<>();
        collection.listIndexes().forEach(ix -> existing.add(ix.getString("name")));
        int created = 0;
        for (IndexSpec index : indexes) {
            if (!existing.contains(index.name())) {
                collection.createIndexes(List.of(index.model()));
                created++;
            }
        }
        return created;
    }

    private static Set<String> collectionNames(MongoDatabase db) {
        Set<String> names = new HashSet<>();
        db.listCollectionNames().forEach(names::add);
        return names;
    }
}
