package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jpulp.common.error.CodedValidationException;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.json.JsonValues;
import org.jpulp.common.repository.RepositoryDelta;
import org.jpulp.restapi.http.Fields;

/**
 * The body of {@code PUT /repositories/<id>/}: a {@code delta} ({@code display_name}, {@code description},
 * {@code notes} merged key by key, {@code scratchpad}; {@code content_unit_counts}, {@code repo_id}, {@code id},
 * {@code last_unit_added} and {@code last_unit_removed} are ignored as in Pulp 2, other keys refused), an
 * {@code importer_config} delta and {@code distributor_configs} (distributor id to config delta). A delta that is
 * not an object is 400 PLP1010.
 */
record UpdateRequest(RepositoryDelta delta, Map<String, Object> importerConfig,
                     Map<String, Map<String, Object>> distributorConfigs) {

    private static final Set<String> IGNORED = Set.of("content_unit_counts", "repo_id", "id", "last_unit_added",
            "last_unit_removed");

    static UpdateRequest parse(JsonNode body) {
        return new UpdateRequest(delta(body.get("delta")), Fields.optionalObject(body, "importer_config"),
                distributorConfigs(body.get("distributor_configs")));
    }

    private static RepositoryDelta delta(JsonNode delta) {
        if (delta == null || delta.isNull()) {
            return new RepositoryDelta(Map.of(), Map.of());
        }
        if (!delta.isObject()) {
            throw CodedValidationException.wrongType("delta", "dict", delta);
        }
        Set<String> unknown = new TreeSet<>();
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> notes = Map.of();
        for (Map.Entry<String, JsonNode> e : delta.properties()) {
            String key = e.getKey();
            switch (key) {
                case "display_name", "description" -> fields.put(key, Fields.optionalString(delta, key));
                case "scratchpad" -> fields.put(key, requiredObject(delta, key));
                case "notes" -> notes = requiredObject(delta, key);
                default -> {
                    if (!IGNORED.contains(key)) {
                        unknown.add(key);
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidValue(List.copyOf(unknown));
        }
        return new RepositoryDelta(fields, notes);
    }

    private static Map<String, Object> requiredObject(JsonNode parent, String key) {
        Map<String, Object> value = Fields.optionalObject(parent, key);
        if (value == null) {
            throw InvalidValue.of(key);
        }
        return value;
    }

    private static Map<String, Map<String, Object>> distributorConfigs(JsonNode configs) {
        if (configs == null || configs.isNull()) {
            return Map.of();
        }
        if (!configs.isObject()) {
            throw InvalidValue.of("distributor_configs");
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : configs.properties()) {
            if (!e.getValue().isObject()) {
                throw InvalidValue.of("distributor_configs");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> config = (Map<String, Object>) JsonValues.toJava(e.getValue(), "distributor_configs");
            out.put(e.getKey(), config);
        }
        return out;
    }
}
