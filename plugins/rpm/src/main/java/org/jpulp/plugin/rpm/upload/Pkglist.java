package org.jpulp.plugin.rpm.upload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploaded erratum {@code pkglist}: collections {@code {name, short, packages, module?}}. Package entries keep
 * their fields; pulp-admin's {@code sums} + {@code type} become Pulp 2's {@code sum: [type, value]}.
 */
final class Pkglist {

    private Pkglist() {
    }

    static List<Map<String, Object>> collections(Object pkglist) {
        if (pkglist == null) {
            return List.of();
        }
        if (!(pkglist instanceof List<?> list)) {
            throw new IllegalArgumentException("it must be a list of collections, not " + pkglist);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object c : list) {
            if (!(c instanceof Map<?, ?> collection)) {
                throw new IllegalArgumentException("a collection must be an object, not " + c);
            }
            out.add(collection(collection, out.size()));
        }
        return out;
    }

    private static Map<String, Object> collection(Map<?, ?> c, int index) {
        Map<String, Object> out = new LinkedHashMap<>();
        c.forEach((k, v) -> out.put(String.valueOf(k), v));
        out.putIfAbsent("name", "collection-" + index);
        out.putIfAbsent("short", "");
        Object packages = c.get("packages");
        if (packages != null && !(packages instanceof List<?>)) {
            throw new IllegalArgumentException("the packages of a collection must be a list, not " + packages);
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Object p : packages == null ? List.of() : (List<?>) packages) {
            if (!(p instanceof Map<?, ?> pkg)) {
                throw new IllegalArgumentException("a package entry must be an object, not " + p);
            }
            entries.add(packageEntry(pkg));
        }
        out.put("packages", entries);
        return out;
    }

    private static Map<String, Object> packageEntry(Map<?, ?> p) {
        Map<String, Object> out = new LinkedHashMap<>();
        p.forEach((k, v) -> out.put(String.valueOf(k), v));
        if (!out.containsKey("sum") && out.get("sums") != null) {
            out.put("sum", List.of(String.valueOf(out.getOrDefault("type", "sha256")), out.get("sums")));
            out.remove("sums");
            out.remove("type");
        }
        return out;
    }
}
