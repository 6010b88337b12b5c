package org.jpulp.common.repository;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies of free-form maps that, unlike {@link Map#copyOf}, keep insertion order and null values. */
final class Maps {

    private Maps() {
    }

    static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An unmodifiable copy of a JSON-compatible value: maps and lists copied, null as an empty map. */
    @SuppressWarnings("unchecked")
    static Object copyValue(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            return copy((Map<String, Object>) m);
        }
        if (value instanceof java.util.List<?> list) {
            return Collections.unmodifiableList(new java.util.ArrayList<>(list));
        }
        return value;
    }

    /** {@code base} with {@code delta} applied: a null value removes the key, any other value sets it. */
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> delta) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        delta.forEach((k, v) -> {
            if (v == null) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return Collections.unmodifiableMap(merged);
    }
}
