package org.jpulp.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.error.InvalidValue;

/**
 * Turns client JSON into values MongoDB can store: maps, lists, strings, booleans, {@code null}, {@code Integer},
 * {@code Long} and {@code Double}. Rejects (as {@link InvalidValue} naming the field) what the database would
 * refuse or what has no place in a document: keys starting with {@code $} or containing {@code .} or NUL,
 * integers beyond 64 bits, non-finite numbers and nesting deeper than {@value #MAX_DEPTH} levels.
 */
public final class JsonValues {

    public static final int MAX_DEPTH = 32;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JsonValues() {
    }

    /** Any JSON value. */
    public static Object toJava(JsonNode node, String field) {
        return convert(node, field, 0);
    }

    /** A JSON object, or {@code null} for an absent or {@code null} node; anything else is invalid. */
    public static Map<String, Object> objectOrNull(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw InvalidValue.of(field);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) convert(node, field, 0);
        return map;
    }

    /** Whether {@code key} may be a field name of a stored document. */
    public static boolean isStorableKey(String key) {
        return !key.isEmpty() && !key.startsWith("$") && key.indexOf('.') < 0 && key.indexOf('\0') < 0;
    }

    private static Object convert(JsonNode node, String field, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidValue(List.of(field), "Invalid properties: ['" + field + "'] (nested deeper than "
                    + MAX_DEPTH + " levels)");
        }
        return switch (node.getNodeType()) {
            case OBJECT -> object(node, field, depth);
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(n -> list.add(convert(n, field, depth + 1)));
                yield list;
            }
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> number(node, field);
            case NULL, MISSING -> null;
            default -> throw InvalidValue.of(field);
        };
    }

    private static Map<String, Object> object(JsonNode node, String field, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!isStorableKey(e.getKey())) {
                throw new InvalidValue(List.of(field), "Invalid properties: ['" + field + "'] (key '"
                        + e.getKey().replace("\0", "\\0") + "' may not be empty, start with $ or contain . or NUL)");
            }
            map.put(e.getKey(), convert(e.getValue(), field, depth + 1));
        }
        return map;
    }

    private static Object number(JsonNode node, String field) {
        if (node.isIntegralNumber()) {
            BigInteger big = node.bigIntegerValue();
            if (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0) {
                throw new InvalidValue(List.of(field), "Invalid properties: ['" + field + "'] (integer out of range)");
            }
            long value = big.longValue();
            return value == (int) value ? (Object) (int) value : (Object) value;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidValue(List.of(field), "Invalid properties: ['" + field + "'] (number out of range)");
        }
        return value;
    }
}
