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
