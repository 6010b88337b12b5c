package org.jpulp.common.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.json.JsonValues;

/**
 * Validates a filter document and turns it into plain Java values. Only these operators are accepted:
 * {@code $and $or $nor} at query level and {@code $eq $ne $gt $gte $lt $lte $in $nin $all $exists $regex $options
 * $not $size $elemMatch} at field level, plus Pulp's {@code {"$date": "<ISO-8601>"}} literal, which becomes a
 * {@link Date}. Anything else starting with {@code $} ({@code $where}, {@code $function}, {@code $expr},
 * {@code $text}, ...) is rejected, as are regular expressions Java cannot compile and nesting deeper than
 * {@value #MAX_DEPTH} levels. Errors are {@link InvalidValue} naming {@code filters}.
 */
final class FilterParser {

    static final int MAX_DEPTH = 16;
    private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");
    private static final Set<String> COMPARISON = Set.of("$gt", "$gte", "$lt", "$lte");
    private static final Set<String> LISTS = Set.of("$in", "$nin", "$all");
    private static final Set<String> REGEX_OPTIONS = Set.of("i", "m", "s", "x");

    private FilterParser() {
    }

    static Map<String, Object> parse(JsonNode filters) {
        return query(filters, 0);
    }

    private static Map<String, Object> query(JsonNode node, int depth) {
        if (!node.isObject()) {
            throw invalid("a query must be an object");
        }
        checkDepth(depth);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (LOGICAL.contains(key)) {
                out.put(key, logical(key, e.getValue(), depth));
            } else if (key.startsWith("$")) {
                throw invalid("operator " + key + " is not allowed here");
            } else {
                checkFieldName(key);
                out.put(key, condition(e.getValue(), depth + 1));
            }
        }
        return out;
    }

    private static List<Object> logical(String op, JsonNode value, int depth) {
        if (!value.isArray() || value.isEmpty()) {
            throw invalid(op + " needs a non-empty list of queries");
        }
        List<Object> clauses = new ArrayList<>();
        value.forEach(clause -> clauses.add(query(clause, depth + 1)));
        return clauses;
    }

    private static Object condition(JsonNode value, int depth) {
        checkDepth(depth);
        if (!isOperatorObject(value)) {
            return literal(value);
        }
        Map<String, Object> ops = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            ops.put(e.getKey(), operand(e.getKey(), e.getValue(), depth));
        }
        if (ops.containsKey("$options") && !ops.containsKey("$regex")) {
            throw invalid("$options needs $regex");
        }
        if (ops.containsKey("$regex") && ops.containsKey("$options")) {
            flags((String) ops.get("$options")); // validated; compile with the options once more
        }
        return ops;
    }

    /** An object whose keys all start with {@code $} (other than a {@code $date} literal); mixing is invalid. */
    private static boolean isOperatorObject(JsonNode value) {
        if (!value.isObject() || value.isEmpty() || isDate(value)) {
            return false;
        }
        long dollars = value.propertyStream().filter(e -> e.getKey().startsWith("$")).count();
        if (dollars != 0 && dollars != value.size()) {
            throw invalid("an object mixes operators and field names");
        }
        return dollars != 0;
    }

    private static Object operand(String op, JsonNode value, int depth) {
        if (op.equals("$eq") || op.equals("$ne")) {
            return literal(value);
        }
        if (COMPARISON.contains(op)) {
            if (value.isContainerNode() && !isDate(value)) {
                throw invalid(op + " needs a number, string, boolean or $date");
            }
            return literal(value);
        }
        if (LISTS.contains(op)) {
            if (!value.isArray()) {
                throw invalid(op + " needs a list");
            }
            return literal(value);
        }
        return switch (op) {
            case "$exists" -> {
                if (!value.isBoolean()) {
                    throw invalid("$exists needs true or false");
                }
                yield value.booleanValue();
            }
            case "$regex" -> regex(value);
            case "$options" -> {
                if (!value.isTextual()) {
                    throw invalid("$options needs a string");
                }
                flags(value.textValue());
                yield value.textValue();
            }
            case "$not" -> not(value, depth);
            case "$size" -> {
                if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
                    throw invalid("$size needs a whole number of at least 0");
                }
                yield value.intValue();
            }
            case "$elemMatch" -> elemMatch(value, depth);
            default -> throw invalid("operator " + op + " is not allowed");
        };
    }

    private static Object not(JsonNode value, int depth) {
        if (value.isTextual()) {
            return compile(value.textValue(), 0); // Pulp compiles a string $not to a regular expression
        }
        if (!isOperatorObject(value)) {
            throw invalid("$not needs operators or a regular expression string");
        }
        return condition(value, depth + 1);
    }

    private static Object elemMatch(JsonNode value, int depth) {
        if (!value.isObject() || value.isEmpty()) {
            throw invalid("$elemMatch needs a non-empty object");
        }
        return isOperatorObject(value) ? condition(value, depth + 1) : query(value, depth + 1);
    }

    private static String regex(JsonNode value) {
        if (!value.isTextual()) {
            throw invalid("$regex needs a string");
        }
        compile(value.textValue(), 0);
        return value.textValue();
    }

    static Pattern compile(String regex, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw invalid("invalid regular expression: " + e.getDescription());
        }
    }

    static int flags(String options) {
        int flags = 0;
        for (String c : options.split("")) {
            if (c.isEmpty()) {
                continue;
            }
            if (!REGEX_OPTIONS.contains(c)) {
                throw invalid("$options may only contain i, m, s and x");
            }
            flags |= switch (c) {
                case "i" -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case "m" -> Pattern.MULTILINE;
                case "s" -> Pattern.DOTALL;
                default -> Pattern.COMMENTS;
            };
        }
        return flags;
    }

    /** A value compared as it is: JSON values, with {@code $date} objects turned into dates anywhere inside. */
    private static Object literal(JsonNode value) {
        if (isDate(value)) {
            return date(value.get("$date"));
        }
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                if (!JsonValues.isStorableKey(e.getKey())) {
                    throw invalid("field name '" + e.getKey() + "' is not allowed in a value");
                }
                map.put(e.getKey(), literal(e.getValue()));
            }
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(v -> list.add(literal(v)));
            return list;
        }
        return JsonValues.toJava(value, "filters");
    }

    private static boolean isDate(JsonNode value) {
        return value.isObject() && value.size() == 1 && value.has("$date");
    }

    private static Date date(JsonNode value) {
        if (!value.isTextual()) {
            throw invalid("$date needs an ISO-8601 string");
        }
        try {
            return Date.from(Instant.parse(value.textValue()));
        } catch (DateTimeParseException e) {
            try {
                return Date.from(java.time.OffsetDateTime.parse(value.textValue()).toInstant());
            } catch (DateTimeParseException e2) {
                throw invalid("$date needs an ISO-8601 date-time such as 2015-01-01T00:00:00Z");
            }
        }
    }

    static void checkFieldName(String name) {
        if (name.isEmpty() || name.startsWith("$") || name.indexOf('\0') >= 0 || name.startsWith(".")
                || name.endsWith(".") || name.contains("..") || name.contains(".$")) {
            throw invalid("field name '" + name.replace("\0", "\\0") + "' is not allowed");
        }
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid("the query is nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static InvalidValue invalid(String why) {
        return new InvalidValue(List.of("filters"), "Invalid properties: ['filters'] (" + why + ")");
    }
}
