package org.jpulp.common.criteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.types.ObjectId;

/**
 * Evaluates translated filters (see {@link FieldMap#translate}) against documents held in memory, with MongoDB's
 * semantics for the allow-listed operators: dotted paths step into arrays, equality on an array field matches
 * any element, {@code null} matches a missing field, numbers compare by value, values of different kinds never
 * compare. Used by in-memory stores so they answer searches as the MongoDB ones do.
 */
public final class CriteriaMatcher {

    private static final Object MISSING = new Object();

    private CriteriaMatcher() {
    }

    /** The documents matching {@code criteria}, sorted, skipped and limited (projection is left to the caller). */
    public static List<Map<String, Object>> select(Collection<Map<String, Object>> documents, Criteria criteria,
                                                   FieldMap fields) {
        Map<String, Object> filter = fields.translate(criteria.filters());
        Stream<Map<String, Object>> matching = documents.stream().filter(d -> matches(d, filter));
        Comparator<Map<String, Object>> order = null;
        for (Criteria.SortField s : criteria.sort()) {
            String path = fields.stored(s.field());
            Comparator<Map<String, Object>> c = Comparator.comparing(d -> sortKey(d, path), CriteriaMatcher::compareAny);
            c = s.ascending() ? c : c.reversed();
            order = order == null ? c : order.thenComparing(c);
        }
        if (order != null) {
            matching = matching.sorted(order);
        }
        if (criteria.skip() != null) {
            matching = matching.skip(criteria.skip());
        }
        if (criteria.limit() != null) {
            matching = matching.limit(criteria.limit());
        }
        return matching.toList();
    }

    @SuppressWarnings("unchecked")
    public static boolean matches(Map<String, Object> doc, Map<String, Object> filter) {
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            boolean ok = switch (e.getKey()) {
                case "$and" -> ((List<Object>) e.getValue()).stream().allMatch(c -> matches(doc, (Map<String, Object>) c));
                case "$or" -> ((List<Object>) e.getValue()).stream().anyMatch(c -> matches(doc, (Map<String, Object>) c));
                case "$nor" -> ((List<Object>) e.getValue()).stream().noneMatch(c -> matches(doc, (Map<String, Object>) c));
                default -> condition(values(doc, e.getKey()), e.getValue());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean condition(List<Object> values, Object condition) {
        if (!isOperators(condition)) {
            return equalsAny(values, condition);
        }
        Map<String, Object> ops = (Map<String, Object>) condition;
        for (Map.Entry<String, Object> op : ops.entrySet()) {
            if (!operator(op.getKey(), op.getValue(), values, ops)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean operator(String op, Object operand, List<Object> values, Map<String, Object> ops) {
        return switch (op) {
            case "$eq" -> equalsAny(values, operand);
            case "$ne" -> !equalsAny(values, operand);
            case "$gt" -> anyScalar(values, v -> comparable(v, operand) && compareAny(v, operand) > 0);
            case "$gte" -> anyScalar(values, v -> comparable(v, operand) && compareAny(v, operand) >= 0);
            case "$lt" -> anyScalar(values, v -> comparable(v, operand) && compareAny(v, operand) < 0);
            case "$lte" -> anyScalar(values, v -> comparable(v, operand) && compareAny(v, operand) <= 0);
            case "$in" -> ((List<Object>) operand).stream().anyMatch(o -> equalsAny(values, o));
            case "$nin" -> ((List<Object>) operand).stream().noneMatch(o -> equalsAny(values, o));
            case "$all" -> ((List<Object>) operand).stream().allMatch(o -> equalsAny(values, o));
            case "$exists" -> values.stream().anyMatch(v -> v != MISSING) == (Boolean) operand;
            case "$regex" -> {
                int flags = ops.get("$options") instanceof String o ? FilterParser.flags(o) : 0;
                Pattern p = FilterParser.compile((String) operand, flags);
                yield anyScalar(values, v -> v instanceof String s && p.matcher(s).find());
            }
            case "$options" -> true;
            case "$not" -> operand instanceof Pattern p
                    ? !anyScalar(values, v -> v instanceof String s && p.matcher(s).find())
                    : !condition(values, operand);
            case "$size" -> values.stream().anyMatch(v -> v instanceof List<?> l && l.size() == (Integer) operand);
            case "$elemMatch" -> values.stream().anyMatch(v -> v instanceof List<?> l && l.stream()
                    .anyMatch(element -> elementMatches(element, (Map<String, Object>) operand)));
            default -> throw new IllegalArgumentException("unvalidated operator " + op);
        };
    }

    @SuppressWarnings("unchecked")
    private static boolean elementMatches(Object element, Map<String, Object> condition) {
        if (isOperators(condition) && !condition.keySet().iterator().next().matches("\\$(and|or|nor)")) {
            return condition(List.of(element), condition);
        }
        return element instanceof Map<?, ?> m && matches((Map<String, Object>) m, condition);
    }

    private static boolean isOperators(Object condition) {
        return condition instanceof Map<?, ?> m && !m.isEmpty() && m.keySet().iterator().next().toString()
                .startsWith("$");
    }

    /** Every value the dotted path reaches, stepping into arrays; {@code MISSING} when it reaches nothing. */
    private static List<Object> values(Object doc, String path) {
        List<Object> out = new ArrayList<>();
        collect(doc, path.split("\\."), 0, out);
        if (out.isEmpty()) {
            out.add(MISSING);
        }
        return out;
    }

    private static void collect(Object current, String[] segments, int i, List<Object> out) {
        if (i == segments.length) {
            out.add(current);
            return;
        }
        if (current instanceof Map<?, ?> map) {
            if (map.containsKey(segments[i])) {
                collect(map.get(segments[i]), segments, i + 1, out);
            }
        } else if (current instanceof List<?> list) {
            if (segments[i].matches("\\d{1,9}") && Integer.parseInt(segments[i]) < list.size()) {
                collect(list.get(Integer.parseInt(segments[i])), segments, i + 1, out);
            }
            for (Object element : list) {
                if (element instanceof Map<?, ?>) {
                    collect(element, segments, i, out);
                }
            }
        }
    }

    private static boolean equalsAny(List<Object> values, Object expected) {
        for (Object v : values) {
            if (expected == null && (v == MISSING || v == null)) {
                return true;
            }
            if (v != MISSING && valueEquals(v, expected)) {
                return true;
            }
            if (v instanceof List<?> list && !(expected instanceof List<?>)
                    && list.stream().anyMatch(element -> valueEquals(element, expected))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyScalar(List<Object> values, java.util.function.Predicate<Object> test) {
        for (Object v : values) {
            if (v instanceof List<?> list ? list.stream().anyMatch(test) : v != MISSING && test.test(v)) {
                return true;
            }
        }
        return false;
    }

    static boolean valueEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size() || !List.copyOf(x.keySet()).equals(List.copyOf(y.keySet()))) {
                return false;
            }
            return x.keySet().stream().allMatch(k -> valueEquals(x.get(k), y.get(k)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!valueEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return java.util.Objects.equals(a, b);
    }

    private static boolean comparable(Object a, Object b) {
        return rank(a) == rank(b) && rank(a) != 9;
    }

    /** MongoDB's order of kinds: missing/null, numbers, strings, objects, arrays, ObjectIds, booleans, dates. */
    private static int rank(Object v) {
        if (v == null || v == MISSING) {
            return 0;
        }
        if (v instanceof Number) {
            return 1;
        }
        if (v instanceof String) {
            return 2;
        }
        if (v instanceof Map<?, ?>) {
            return 3;
        }
        if (v instanceof List<?>) {
            return 4;
        }
        if (v instanceof ObjectId) {
            return 5;
        }
        if (v instanceof Boolean) {
            return 6;
        }
        if (v instanceof Date) {
            return 7;
        }
        return 9;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareAny(Object a, Object b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable x && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        return 0;
    }

    private static Object sortKey(Map<String, Object> doc, String path) {
        List<Object> values = values(doc, path);
        return values.get(0) == MISSING ? null : values.get(0);
    }
}
