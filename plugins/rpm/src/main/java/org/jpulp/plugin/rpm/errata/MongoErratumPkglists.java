package org.jpulp.plugin.rpm.errata;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.common.plugin.PluginException;

/**
 * {@link ErratumPkglists} in {@value ErratumPkglists#COLLECTION}. The {@code _id} is {@code <repo_id>/<errata_id>}
 * (repository ids contain no slash), so there is one document per pair without relying on a secondary unique index.
 */
public final class MongoErratumPkglists implements ErratumPkglists {

    private final MongoCollection<Document> pkglists;

    public MongoErratumPkglists(MongoDatabase db) {
        this.pkglists = db.getCollection(COLLECTION);
    }

    /** The store of the context's database. */
    public static ErratumPkglists of(PluginContext context) {
        return new MongoErratumPkglists(context.database().orElseThrow(() ->
                new PluginException("errata package lists need the database, and this caller has none")));
    }

    @Override
    public void put(String errataId, String repoId, List<Map<String, Object>> collections) {
        Document doc = new Document("_id", repoId + "/" + errataId).append("errata_id", errataId)
                .append("repo_id", repoId).append("collections", collections.stream().map(Document::new).toList());
        pkglists.replaceOne(eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<List<Map<String, Object>>> find(String errataId, String repoId) {
        Document doc = pkglists.find(eq("_id", repoId + "/" + errataId)).first();
        return Optional.ofNullable(doc).map(MongoErratumPkglists::collections);
    }

    @Override
    public Map<String, List<Map<String, Object>>> all(String errataId) {
        Map<String, List<Map<String, Object>>> out = new TreeMap<>();
        pkglists.find(eq("errata_id", errataId)).forEach(d -> out.put(d.getString("repo_id"), collections(d)));
        return out;
    }

    private static List<Map<String, Object>> collections(Document doc) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object c : doc.getList("collections", Object.class, List.of())) {
            if (c instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> collection = (Map<String, Object>) m;
                out.add(collection);
            }
        }
        return out;
    }
}
