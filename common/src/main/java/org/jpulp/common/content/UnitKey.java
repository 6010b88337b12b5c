package org.jpulp.common.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The identity of a content unit: its type and the values of the type's unit key fields. Values are strings,
 * booleans or integers ({@code Integer} and {@code Short} are widened to {@code Long}, so {@code 1024} and
 * {@code 1024L} make equal keys). Units are de-duplicated by this key across repositories.
 */
public record UnitKey(String typeId, SortedMap<String, Object> fields) {

    public UnitKey {
        Objects.requireNonNull(typeId, "typeId");
        TreeMap<String, Object> copy = new TreeMap<>();
        fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key field"), normalise(k, v)));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a unit key of type " + typeId + " needs at least one field");
        }
        fields = Collections.unmodifiableSortedMap(copy);
    }

    public static UnitKey of(String typeId, Map<String, ?> fields) {
        return new UnitKey(typeId, new TreeMap<>(fields));
    }

    public Object get(String field) {
        return fields.get(field);
    }

    /**
     * Pulp 2's storage digest: sha256 over each key field name followed by its value, fields in alphabetical
     * order, values as Python's {@code str()} writes them ({@code True}/{@code False} for booleans).
     */
    public String digest() {
        MessageDigest sha256 = sha256();
        fields.forEach((k, v) -> {
            sha256.update(k.getBytes(StandardCharsets.UTF_8));
            sha256.update(pythonStr(v).getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public String toString() {
        return typeId + fields;
    }

    private static String pythonStr(Object v) {
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return v.toString();
    }

    private static Object normalise(String field, Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof String || v instanceof Long || v instanceof Boolean) {
            return v;
        }
        throw new IllegalArgumentException("unit key field '" + field + "' must be a string, integer or boolean, not "
                + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
