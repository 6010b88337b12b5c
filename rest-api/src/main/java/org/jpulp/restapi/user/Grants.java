package org.jpulp.restapi.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jpulp.common.auth.Operation;

/**
 * Operations per holder (a resource path of a role, a login of a permission document), stored as Pulp 2.21 does:
 * a list of {@code {<key>: <holder>, permission: [operation codes]}}, which keeps paths and logins out of field
 * names.
 */
final class Grants {

    private Grants() {
    }

    static Map<String, Set<Operation>> read(Object stored, String key) {
        Map<String, Set<Operation>> out = new LinkedHashMap<>();
        if (stored instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m && m.get(key) instanceof String holder) {
                    Set<Operation> ops = out.computeIfAbsent(holder, k -> EnumSet.noneOf(Operation.class));
                    if (m.get("permission") instanceof List<?> codes) {
                        codes.forEach(c -> ops.add(Operation.fromCode(((Number) c).intValue())));
                    }
                }
            }
        }
        return out;
    }

    static List<Document> write(Map<String, Set<Operation>> grants, String key) {
        List<Document> out = new ArrayList<>();
        grants.forEach((holder, ops) -> {
            if (!ops.isEmpty()) {
                out.add(new Document(key, holder).append("permission",
                        ops.stream().map(Operation::code).sorted().toList()));
            }
        });
        return out;
    }

    /** A copy of {@code grants} with {@code ops} added to (or, with {@code add} false, removed from) {@code holder}. */
    static Map<String, Set<Operation>> change(Map<String, Set<Operation>> grants, String holder, Set<Operation> ops,
                                              boolean add) {
        Map<String, Set<Operation>> out = new LinkedHashMap<>();
        grants.forEach((h, o) -> out.put(h, EnumSet.copyOf(o.isEmpty() ? EnumSet.noneOf(Operation.class) : o)));
        Set<Operation> current = out.computeIfAbsent(holder, k -> EnumSet.noneOf(Operation.class));
        if (add) {
            current.addAll(ops);
        } else {
            current.removeAll(ops);
        }
        if (current.isEmpty()) {
            out.remove(holder);
        }
        return out;
    }

    static String hex(Object id) {
        return id instanceof org.bson.types.ObjectId oid ? oid.toHexString() : String.valueOf(id);
    }

    /** Operation names in Pulp's order, for rendering. */
    static List<String> names(Set<Operation> ops) {
        return ops.stream().sorted().map(Operation::name).toList();
    }
}
