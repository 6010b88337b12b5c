package org.jpulp.common.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.jpulp.common.error.InvalidValue;

/**
 * How the external field names of one collection map to stored ones (e.g. a repository's {@code id} is stored
 * as {@code repo_id}), which stored fields hold ObjectIds (a hex string in a filter on them becomes an ObjectId),
 * and which fields a search may not touch at all (a password hash must not be filterable). Translates
 * validated {@link Criteria} filters to the stored form both {@link org.jpulp.common.criteria.mongo.MongoCriteria} and {@link CriteriaMatcher} use.
 */
public record FieldMap(Map<String, String> renames, Set<String> objectIdFields, Set<String> hidden) {

    public static final FieldMap IDENTITY = new FieldMap(Map.of(), Set.of("_id"), Set.of());

    public FieldMap {
        renames = Map.copyOf(renames);
        objectIdFields = Set.copyOf(objectIdFields);
        hidden = Set.copyOf(hidden);
    }

    /** The stored name of an external (possibly dotted) field name; the first segment is renamed. */
    public String stored(String external) {
        int dot = external.indexOf('.');
        String head = dot < 0 ? external : external.substring(0, dot);
        if (hidden.contains(head)) {
            throw new InvalidValue(List.of("criteria"), "Invalid properties: ['criteria'] (field '" + head
                    + "' cannot be searched)");
        }
        String renamed = renames.getOrDefault(head, head);
        return dot < 0 ? renamed : renamed + external.substring(dot);
    }

    /** The filter in stored names, with ObjectId strings converted and string {@code $not}s compiled. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> translate(Map<String, Object> filters) {
        Map<String, Object> out = new LinkedHashMap<>();
        filters.forEach((key, value) -> {
            if (key.startsWith("$")) {
                List<Object> clauses = new ArrayList<>();
                ((List<Object>) value).forEach(c -> clauses.add(translate((Map<String, Object>) c)));
                out.put(key, clauses);
            } else {
                String stored = stored(key);
                out.put(stored, condition(value, objectIdFields.contains(stored)));
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private Object condition(Object value, boolean objectId) {
        if (!(value instanceof Map<?, ?> map) || map.isEmpty() || !map.keySet().iterator().next().toString()
                .startsWith("$")) {
            return objectId ? oid(value) : value;
        }
        Map<String, Object> ops = new LinkedHashMap<>();
        ((Map<String, Object>) map).forEach((op, operand) -> ops.put(op, switch (op) {
            case "$not" -> operand instanceof Pattern ? operand : condition(operand, objectId);
            case "$elemMatch" -> elemMatch((Map<String, Object>) operand);
            case "$regex", "$options", "$exists", "$size" -> operand;
            default -> objectId ? oid(operand) : operand;
        }));
        return ops;
    }

    /** Inside {@code $elemMatch} names are those of the array elements: no renaming, no hidden fields. */
    private Object elemMatch(Map<String, Object> operand) {
        String first = operand.keySet().iterator().next();
        boolean operators = first.startsWith("$") && !Set.of("$and", "$or", "$nor").contains(first);
        return operators ? condition(operand, false) : IDENTITY.translate(operand);
    }

    private static Object oid(Object value) {
        if (value instanceof String s && ObjectId.isValid(s)) {
            return new ObjectId(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FieldMap::oid).toList();
        }
        return value;
    }
}
