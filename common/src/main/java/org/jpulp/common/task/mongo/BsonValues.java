package org.jpulp.common.task.mongo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.jpulp.common.json.Json;

/** Converts JSON-compatible Java values (maps, lists, records, scalars) to values the driver can store. */
final class BsonValues {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private BsonValues() {
    }

    /** Plain Java maps and lists (not driver {@code Document}s), so values compare equal to what was stored. */
    static Object fromBson(Object value) {
        if (value instanceof Document d) {
            java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
            d.forEach((k, v) -> map.put(k, fromBson(v)));
            return map;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(BsonValues::fromBson).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static java.util.Map<String, Object> mapFromBson(Object value) {
        return value == null ? null : (java.util.Map<String, Object>) fromBson(value);
    }

    static Object toBson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Document.parse("{\"v\": " + MAPPER.writeValueAsString(value) + "}").get("v");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value is not JSON-compatible: " + e.getOriginalMessage(), e);
        }
    }
}
