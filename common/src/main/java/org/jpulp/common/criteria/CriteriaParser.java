package org.jpulp.common.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jpulp.common.error.InvalidValue;

/**
 * Reads Pulp 2's criteria object {@code {filters, sort, limit, skip, fields}} strictly: any other key is a 400
 * listing the keys, {@code limit} must be a whole number of at least 1 and {@code skip} at least 0 (booleans are
 * not numbers), {@code sort} is a list of {@code [field, "ascending"|"descending"|1|-1]}, {@code fields} a list of
 * field names; filters are checked by {@link FilterParser}.
 */
public final class CriteriaParser {

    private static final Set<String> KEYS = Set.of("filters", "sort", "limit", "skip", "fields");

    private CriteriaParser() {
    }

    public static Criteria parse(JsonNode criteria) {
        if (criteria == null || criteria.isNull()) {
            return Criteria.ALL;
        }
        if (!criteria.isObject()) {
            throw InvalidValue.of("criteria");
        }
        Set<String> unknown = new TreeSet<>();
        criteria.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidValue(List.copyOf(unknown));
        }
        return new Criteria(filters(criteria.get("filters")), sort(criteria.get("sort")),
                positive(criteria.get("limit"), "limit", 1), positive(criteria.get("skip"), "skip", 0),
                fields(criteria.get("fields")));
    }

    public static Map<String, Object> filters(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        return FilterParser.parse(node);
    }

    public static List<Criteria.SortField> sort(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw InvalidValue.of("sort");
        }
        List<Criteria.SortField> sort = new ArrayList<>();
        for (JsonNode entry : node) {
            if (entry.isTextual()) {
                sort.add(new Criteria.SortField(fieldName(entry, "sort"), true));
            } else if (entry.isArray() && (entry.size() == 1 || entry.size() == 2)) {
                sort.add(new Criteria.SortField(fieldName(entry.get(0), "sort"),
                        entry.size() == 1 || ascending(entry.get(1))));
            } else {
                throw InvalidValue.of("sort");
            }
        }
        return sort;
    }

    private static boolean ascending(JsonNode direction) {
        if (direction.isTextual()) {
            switch (direction.textValue()) {
                case "ascending": return true;
                case "descending": return false;
                default: throw InvalidValue.of("sort");
            }
        }
        if (direction.isIntegralNumber() && (direction.asLong() == 1 || direction.asLong() == -1)) {
            return direction.asLong() == 1;
        }
        throw InvalidValue.of("sort");
    }

    public static List<String> fields(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw InvalidValue.of("fields");
        }
        List<String> fields = new ArrayList<>();
        node.forEach(f -> fields.add(fieldName(f, "fields")));
        return fields;
    }

    /** A whole number of at least {@code min}, or null when absent. */
    public static Integer positive(JsonNode node, String name, int min) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min) {
            throw InvalidValue.of(name);
        }
        return node.intValue();
    }

    private static String fieldName(JsonNode node, String property) {
        if (node == null || !node.isTextual()) {
            throw InvalidValue.of(property);
        }
        try {
            FilterParser.checkFieldName(node.textValue());
        } catch (InvalidValue e) {
            throw InvalidValue.of(property);
        }
        return node.textValue();
    }
}
