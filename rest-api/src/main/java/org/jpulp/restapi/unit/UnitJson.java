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
 * plus {@code _href}; {@code _last_updated} (epoch seconds) and dates as ISO-8601, ObjectIds as {@code $oid}; a
 * whole unit also gets Pulp 2's legacy {@code children: {}}.
 */
final class UnitJson {

    private UnitJson() {
    }

    /** A unit under {@code /content/units/<type>/<id>/}. */
    static Map<String, Object> unit(String typeId, Map<String, Object> doc, boolean projected) {
        return unit(doc, Hrefs.of("content", "units", typeId, String.valueOf(doc.get("_id"))), projected);
    }

    /** An orphan under {@code /content/orphans/<type>/<id>/}. */
    static Map<String, Object> orphan(String typeId, Map<String, Object> doc) {
        return unit(doc, Hrefs.of("content", "orphans", typeId, String.valueOf(doc.get("_id"))), false);
    }

    static Map<String, Object> association(AssociatedUnit row, boolean unitProjected) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.association().forEach((k, v) -> {
            if (k.equals("_id") && v instanceof ObjectId id) {
                out.put("_id", Hrefs.oid(id.toHexString()));
                out.put("id", id.toHexString());
            } else {
                out.put(k, value(v));
            }
        });
        out.put("metadata", unit(row.typeId(), row.unit(), unitProjected));
        return out;
    }

    private static Map<String, Object> unit(Map<String, Object> doc, String href, boolean projected) {
        Map<String, Object> out = new LinkedHashMap<>();
        doc.forEach((k, v) -> out.put(k, k.equals("_last_updated") && v instanceof Number n
                ? IsoDates.format(Instant.ofEpochSecond(n.longValue())) : value(v)));
        out.put("_href", href);
        if (!projected) {
            out.put("children", Map.of());
        }
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
