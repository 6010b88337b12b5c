package org.jpulp.common.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading plugin config values the way Pulp 2 does: booleans may be {@code true}/{@code false} or the strings
 * {@code "true"}/{@code "false"} in any case; integers may be digit strings but never floats; numbers may be strings.
 * The {@code parse*} methods answer null for a value of the wrong shape; the others throw.
 */
public final class ConfigValues {

    private ConfigValues() {
    }

    public static Boolean parseBool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            String lower = s.trim().toLowerCase(Locale.ROOT);
            if (lower.equals("true")) {
                return true;
            }
            if (lower.equals("false")) {
                return false;
            }
        }
        return null;
    }

    public static Long parseInteger(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return ((Number) v).longValue();
        }
        if (v instanceof String s && s.trim().matches("[+-]?[0-9]{1,18}")) {
            return Long.parseLong(s.trim());
        }
        return null;
    }

    public static Double parseNumber(Object v) {
        double d;
        if (v instanceof Number n && !(v instanceof Boolean)) {
            d = n.doubleValue();
        } else if (v instanceof String s) {
            try {
                d = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }

    public static boolean bool(Object v) {
        Boolean b = parseBool(v);
        if (b == null) {
            throw new IllegalArgumentException("not a boolean: " + pythonStr(v));
        }
        return b;
    }

    public static boolean bool(PluginConfig config, String key, boolean defaultValue) {
        Object v = config.get(key);
        return v == null ? defaultValue : bool(v);
    }

    public static int positiveInt(Object v) {
        Long l = parseInteger(v);
        if (l == null || l < 1 || l > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("not a positive integer: " + pythonStr(v));
        }
        return l.intValue();
    }

    public static double positiveNumber(Object v) {
        Double d = parseNumber(v);
        if (d == null || d <= 0) {
            throw new IllegalArgumentException("not a positive number: " + pythonStr(v));
        }
        return d;
    }

    public static String string(Object v) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new IllegalArgumentException("not a string: " + pythonStr(v));
    }

    /** The value as Python's {@code str()} shows it, which is what Pulp 2's messages contain. */
    public static String pythonStr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return v.toString();
    }

    /** Python's name for the value's type, as Pulp 2's "should be a string, but it was ..." messages show it. */
    public static String pythonType(Object v) {
        String name;
        if (v == null) {
            name = "NoneType";
        } else if (v instanceof Boolean) {
            name = "bool";
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            name = "int";
        } else if (v instanceof Number) {
            name = "float";
        } else if (v instanceof List) {
            name = "list";
        } else if (v instanceof Map) {
            name = "dict";
        } else {
            name = "str";
        }
        return "<type '" + name + "'>";
    }
}
