package org.jpulp.worker.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.task.TaskContext;

/** Reads the arguments {@link org.jpulp.common.repository.UnitAssociationTasks} and orphan requests carry. */
final class UnitTaskArgs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UnitTaskArgs() {
    }

    static String text(TaskContext context, String key) {
        JsonNode value = context.args().path(key);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the task argument " + key + " is missing");
        }
        return value.asText();
    }

    static UnitAssociationCriteria criteria(TaskContext context) {
        JsonNode value = context.args().path("criteria");
        return value.isTextual() ? UnitAssociationCriteria.fromText(value.asText()) : UnitAssociationCriteria.ALL;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(TaskContext context, String key) {
        JsonNode value = context.args().path(key);
        return value.isObject() ? MAPPER.convertValue(value, LinkedHashMap.class) : new LinkedHashMap<>();
    }
}
