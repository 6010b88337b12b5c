package org.jpulp.common.repository;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The stored shapes of repositories, importers and distributors, shared by the MongoDB store and the in-memory
 * twin (which matches criteria against the same documents). Dates are BSON dates.
 */
public final class RepositoryDocuments {

    private RepositoryDocuments() {
    }

    public static Document repository(Repository r) {
        Document d = withId(r.objectId());
        d.append("repo_id", r.id()).append("display_name", r.displayName()).append("description", r.description())
                .append("notes", new Document(r.notes())).append("scratchpad", new Document(r.scratchpad()))
                .append("content_unit_counts", new Document(new LinkedHashMap<>(r.contentUnitCounts())))
                .append("last_unit_added", date(r.lastUnitAdded()))
                .append("last_unit_removed", date(r.lastUnitRemoved()));
        return d;
    }

    public static Repository repository(Document d) {
        Map<String, Long> counts = new LinkedHashMap<>();
        map(d, "content_unit_counts").forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
        return new Repository(d.getString("repo_id"), hex(d), d.getString("display_name"), d.getString("description"),
                map(d, "notes"), map(d, "scratchpad"), counts, instant(d, "last_unit_added"),
                instant(d, "last_unit_removed"));
    }

    public static Document importer(Importer i) {
        return withId(i.objectId()).append("repo_id", i.repoId()).append("importer_type_id", i.importerTypeId())
                .append("config", new Document(i.config())).append("scratchpad", new Document(i.scratchpad()))
                .append("last_sync", date(i.lastSync())).append("last_updated", date(i.lastUpdated()));
    }

    public static Importer importer(Document d) {
        return new Importer(d.getString("repo_id"), d.getString("importer_type_id"), hex(d), map(d, "config"),
                map(d, "scratchpad"), instant(d, "last_sync"), instant(d, "last_updated"));
    }

    public static Document distributor(Distributor x) {
        return withId(x.objectId()).append("repo_id", x.repoId()).append("distributor_id", x.distributorId())
                .append("distributor_type_id", x.distributorTypeId()).append("config", new Document(x.config()))
                .append("auto_publish", x.autoPublish()).append("last_publish", date(x.lastPublish()))
                .append("last_updated", date(x.lastUpdated())).append("scratchpad", new Document(x.scratchpad()));
    }

    public static Distributor distributor(Document d) {
        return new Distributor(d.getString("repo_id"), d.getString("distributor_id"),
                d.getString("distributor_type_id"), hex(d), map(d, "config"), Boolean.TRUE.equals(d.get("auto_publish")),
                instant(d, "last_publish"), instant(d, "last_updated"), map(d, "scratchpad"));
    }

    static Document withId(String objectId) {
        Document d = new Document();
        if (objectId != null) {
            d.append("_id", new ObjectId(objectId));
        }
        return d;
    }

    static String hex(Document d) {
        Object id = d.get("_id");
        return id instanceof ObjectId oid ? oid.toHexString() : id == null ? null : id.toString();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Document d, String key) {
        Object v = d.get(key);
        return v instanceof Date date ? date.toInstant() : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Document d, String key) {
        Object v = d.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) plain(m) : Map.of();
    }

    /** Nested {@link Document}s as plain maps, so decoded values compare equal to what was stored. */
    static Object plain(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, plain(v)));
            return out;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(RepositoryDocuments::plain).collect(java.util.stream.Collectors.toList());
        }
        return value;
    }
}
