package org.jpulp.restapi.unit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.jpulp.common.content.AssociatedUnit;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.IsoDates;

/**
 * The REST shapes of stored unit and association documents, as Pulp 2's serializers make them: every stored field,
 * {@code _last_updated} (epoch seconds) and dates as ISO-8601, ObjectIds as {@code $oid}; units (not the
 * {@code metadata} of an association) also get {@code _href} and Pulp 2's legacy {@code children: {}}; orphans in a
 * list only their id, type and key fields.
 */
final class UnitJson {

    private UnitJson() {
    }

    /** A unit under {@code /content/units/<type>/<id>/}. */
    static Map<String, Object> unit(String typeId, Map<String, Object> doc) {
        Map<String, Object> out = plain(doc);
        out.put("_href", Hrefs.of("content", "units", typeId, String.valueOf(doc.get("_id"))));
        out.put("children", Map.of());
        return out;
    }

    /** An orphan under {@code /content/orphans/<type>/<id>/}, whole. */
    static Map<String, Object> orphan(String typeId, Map<String, Object> doc) {
        Map<String, Object> out = plain(doc);
        out.put("_href", orphanHref(typeId, doc));
        return out;
    }

    /** An orphan in the list of its type: {@code _id}, {@code _content_type_id}, the key fields and {@code _href}. */
    static Map<String, Object> orphanKey(String typeId, List<String> keyFields, Map<String, Object> doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_id", doc.get("_id"));
        out.put("_content_type_id", typeId);
        keyFields.forEach(k -> out.put(k, value(doc.get(k))));
        out.put("_href", orphanHref(typeId, doc));
        return out;
    }

    private static String orphanHref(String typeId, Map<String, Object> doc) {
        return Hrefs.of("content", "orphans", typeId, String.valueOf(doc.get("_id")));
    }

    static Map<String, Object> association(AssociatedUnit row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.association().forEach((k, v) -> {
            if (k.equals("_id") && v instanceof ObjectId id) {
                out.put("_id", Hrefs.oid(id.toHexString()));
                out.put("id", id.toHexString());
            } else {
                out.put(k, value(v));
            }
        });
        out.put("metadata", plain(row.unit()));
        return out;
    }

    private static Map<String, Object> plain(Map<String, Object> doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        doc.forEach((k, v) -> out.put(k, k.equals("_last_updated") && v instanceof Number n
                ? IsoDates.format(Instant.ofEpochSecond(n.longValue())) : value(v)));
        return out;
    }

    static Object value(Object v) {
        if (v instanceof Date d) {
            return IsoDates.format(d.toInstant());
        }
        if (v instanceof ObjectId id) {
            return Hrefs.oid(id.toHexString());
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(value(x)));
            return out;
        }
        return v;
    }
}
