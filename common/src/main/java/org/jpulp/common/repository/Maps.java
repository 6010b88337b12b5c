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
