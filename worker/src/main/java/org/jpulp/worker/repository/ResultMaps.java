package org.jpulp.worker.repository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.PublishResult;
import org.jpulp.common.repository.SyncResult;

/** Task results as Pulp 2 returns them: the importer, distributor, sync or publish result document. */
final class ResultMaps {

    private ResultMaps() {
    }

    static Map<String, Object> importer(Importer i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("importer_type_id", i.importerTypeId());
        out.put("repo_id", i.repoId());
        out.put("config", i.config());
        out.put("last_sync", iso(i.lastSync()));
        out.put("last_updated", iso(i.lastUpdated()));
        return out;
    }

    static Map<String, Object> distributor(Distributor d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.distributorId());
        out.put("distributor_type_id", d.distributorTypeId());
        out.put("repo_id", d.repoId());
        out.put("config", d.config());
        out.put("auto_publish", d.autoPublish());
        out.put("last_publish", iso(d.lastPublish()));
        out.put("last_updated", iso(d.lastUpdated()));
        return out;
    }

    static Map<String, Object> sync(SyncResult r) {
        Map<String, Object> out = history(r.objectId(), r.repoId(), r.started(), r.completed(), r.result());
        out.put("importer_id", r.importerId());
        out.put("importer_type_id", r.importerTypeId());
        out.put("added_count", r.addedCount());
        out.put("removed_count", r.removedCount());
        out.put("updated_count", r.updatedCount());
        out.put("summary", r.summary());
        out.put("details", r.details());
        return out;
    }

    static Map<String, Object> publish(PublishResult r) {
        Map<String, Object> out = history(r.objectId(), r.repoId(), r.started(), r.completed(), r.result());
        out.put("distributor_id", r.distributorId());
        out.put("distributor_type_id", r.distributorTypeId());
        out.put("summary", r.summary());
        out.put("details", r.details());
        return out;
    }

    private static Map<String, Object> history(String id, String repoId, Instant started, Instant completed,
                                               String result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("repo_id", repoId);
        out.put("started", iso(started));
        out.put("completed", iso(completed));
        out.put("result", result);
        return out;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A plugin's summary or details as a map: maps as they are, anything else under {@code value}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            return new LinkedHashMap<>((Map<String, Object>) m);
        }
        return Map.of("value", value);
    }
}
