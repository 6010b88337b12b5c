package org.jpulp.common.content.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.jpulp.common.content.PluginDocuments;

/** {@link PluginDocuments} as MongoDB collections of that name, the id as {@code _id}. */
public final class MongoPluginDocuments implements PluginDocuments {

    private static final int BATCH = 1000;

    private final MongoDatabase db;

    public MongoPluginDocuments(MongoDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<Map<String, Object>> get(String collection, String id) {
        return Optional.ofNullable(db.getCollection(collection).find(eq("_id", id)).first())
                .map(MongoPluginDocuments::withoutId);
    }

    @Override
    public Map<String, Map<String, Object>> getAll(String collection, Collection<String> ids) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        List<String> all = ids.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            db.getCollection(collection).find(in("_id", all.subList(from, Math.min(all.size(), from + BATCH))))
                    .forEach(d -> found.put(d.getString("_id"), withoutId(d)));
        }
        return found;
    }

    @Override
    public void put(String collection, String id, Map<String, Object> document) {
        Document doc = new Document(document).append("_id", id);
        db.getCollection(collection).replaceOne(eq("_id", id), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public boolean delete(String collection, String id) {
        return db.getCollection(collection).deleteOne(eq("_id", id)).getDeletedCount() == 1;
    }

    private static Map<String, Object> withoutId(Document d) {
        Map<String, Object> copy = plain(d);
        copy.remove("_id");
        return copy;
    }

    /** Nested documents as plain maps, so that they compare equal to what was put. */
    private static Map<String, Object> plain(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put((String) k, plainValue(v)));
        return copy;
    }

    private static Object plainValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return plain(m);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(MongoPluginDocuments::plainValue).toList();
        }
        return v;
    }
}
