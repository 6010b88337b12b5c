package org.jpulp.restapi.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.json.JsonValues;

/**
 * Typed reads of request body fields with Pulp 2's errors: an absent required field is {@link MissingValue}, a
 * value of the wrong type is {@link InvalidValue} naming the field. JSON {@code null} counts as absent.
 */
public final class Fields {

    private Fields() {
    }

    public static boolean present(JsonNode body, String name) {
        JsonNode v = body.get(name);
        return v != null && !v.isNull();
    }

    public static String requiredString(JsonNode body, String name) {
        if (!present(body, name)) {
            throw MissingValue.of(name);
        }
        return optionalString(body, name);
    }

    public static String optionalString(JsonNode body, String name) {
        if (!present(body, name)) {
            return null;
        }
        JsonNode v = body.get(name);
        if (!v.isTextual()) {
            throw InvalidValue.of(name);
        }
        return v.textValue();
    }

    public static Boolean optionalBoolean(JsonNode body, String name) {
        if (!present(body, name)) {
            return null;
        }
        JsonNode v = body.get(name);
        if (!v.isBoolean()) {
            throw InvalidValue.of(name);
        }
        return v.booleanValue();
    }

    /** A JSON object as storable values (see {@link JsonValues}), or null when absent. */
    public static Map<String, Object> optionalObject(JsonNode body, String name) {
        return JsonValues.objectOrNull(body.get(name), name);
    }

    /** A list of strings, or null when absent. */
    public static List<String> optionalStrings(JsonNode body, String name) {
        if (!present(body, name)) {
            return null;
        }
        JsonNode v = body.get(name);
        if (!v.isArray()) {
            throw InvalidValue.of(name);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw InvalidValue.of(name);
            }
            out.add(item.textValue());
        }
        return out;
    }

    /** Fails with {@link InvalidValue} listing every key of {@code body} outside {@code allowed}. */
    public static void onlyKnown(JsonNode body, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        body.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidValue(List.copyOf(unknown));
        }
    }
}
