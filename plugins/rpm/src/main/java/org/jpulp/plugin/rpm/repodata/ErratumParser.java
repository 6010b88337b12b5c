package org.jpulp.plugin.rpm.repodata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.UnitKey;
import org.jpulp.plugin.rpm.RpmUnits;

/** One {@code <update>} of updateinfo.xml as an erratum unit (reference §1.3) and its package list. */
public final class ErratumParser {

    private static final List<String> TEXT_FIELDS = List.of("title", "rights", "release", "pushcount", "severity",
            "summary", "description", "solution");
    private static final List<String> SUGGESTED = List.of("reboot_suggested", "relogin_suggested",
            "restart_suggested");

    private ErratumParser() {
    }

    public record Erratum(String id, Map<String, Object> metadata, List<Map<String, Object>> pkglist) {
        public UnitKey key() {
            return UnitKey.of(RpmUnits.ERRATUM, Map.of("id", id));
        }
    }

    public static Erratum parse(XmlElement update) {
        String id = update.childText("id");
        if (id == null || id.isBlank()) {
            throw new RepodataException("updateinfo.xml has an update without id");
        }
        id = id.trim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", nonNull(update.attr("from")));
        m.put("status", nonNull(update.attr("status")));
        m.put("type", nonNull(update.attr("type")));
        m.put("version", update.attr("version") == null ? "1" : update.attr("version"));
        for (String field : TEXT_FIELDS) {
            m.put(field, nonNull(update.childText(field)));
        }
        m.put("issued", date(update.child("issued")));
        m.put("updated", date(update.child("updated")));
        List<Map<String, Object>> references = new ArrayList<>();
        XmlElement refs = update.child("references");
        if (refs != null) {
            for (XmlElement r : refs.children("reference")) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("href", r.attr("href"));
                ref.put("type", r.attr("type"));
                ref.put("id", r.attr("id"));
                ref.put("title", r.attr("title"));
                references.add(ref);
            }
        }
        m.put("references", references);
        for (String flag : SUGGESTED) {
            m.put(flag, flag(update.child(flag)));
        }
        return new Erratum(id, m, pkglist(update, id));
    }

    private static List<Map<String, Object>> pkglist(XmlElement update, String id) {
        List<Map<String, Object>> collections = new ArrayList<>();
        XmlElement pkglist = update.child("pkglist");
        if (pkglist == null) {
            return collections;
        }
        for (XmlElement c : pkglist.children("collection")) {
            Map<String, Object> collection = new LinkedHashMap<>();
            collection.put("name", nonNull(c.childText("name")));
            collection.put("short", nonNull(c.attr("short")));
            List<Map<String, Object>> packages = new ArrayList<>();
            for (XmlElement p : c.children("package")) {
                Map<String, Object> pkg = new LinkedHashMap<>();
                for (String a : List.of("name", "epoch", "version", "release", "arch", "src")) {
                    pkg.put(a, p.attr(a));
                }
                String filename = p.childText("filename");
                if (filename != null) {
                    try {
                        SafePaths.relative(filename.trim(), "file name of a package of erratum " + id);
                    } catch (IllegalArgumentException e) {
                        throw new RepodataException("updateinfo.xml: " + e.getMessage(), e);
                    }
                }
                pkg.put("filename", filename == null ? null : filename.trim());
                XmlElement sum = p.child("sum");
                pkg.put("sum", sum == null ? null : List.of(Checksums.sanitize(sum.attr("type")), sum.text().trim()));
                for (String flag : SUGGESTED) {
                    if (p.child(flag) != null) {
                        pkg.put(flag, flag(p.child(flag)));
                    }
                }
                packages.add(pkg);
            }
            collection.put("packages", packages);
            XmlElement module = c.child("module");
            if (module != null) {
                Map<String, Object> mod = new LinkedHashMap<>();
                for (String a : List.of("name", "stream", "version", "context", "arch")) {
                    mod.put(a, module.attr(a));
                }
                collection.put("module", mod);
            }
            collections.add(collection);
        }
        return collections;
    }

    /**
     * Pulp 2's merge rule: whether {@code incoming} replaces {@code existing} (newer {@code updated} date, or with an
     * equal or missing date a newer version). Unparseable dates never replace.
     */
    public static boolean newer(Map<String, Object> existing, Map<String, Object> incoming) {
        String newUpdated = (String) incoming.getOrDefault("updated", "");
        if (!newUpdated.isEmpty()) {
            LocalDateTime a = parseDate((String) existing.getOrDefault("updated", ""));
            LocalDateTime b = parseDate(newUpdated);
            if (b == null) {
                return false;
            }
            if (a == null) {
                a = LocalDateTime.of(1970, 1, 1, 0, 0);
            }
            if (!a.equals(b)) {
                return b.isAfter(a);
            }
        }
        return versionNewer(String.valueOf(existing.get("version")), String.valueOf(incoming.get("version")));
    }

    private static boolean versionNewer(String old, String candidate) {
        try {
            return Double.parseDouble(candidate) > Double.parseDouble(old);
        } catch (NumberFormatException e) {
            return !candidate.equals(old);
        }
    }

    private static LocalDateTime parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replaceFirst(" UTC$", "");
        for (String pattern : List.of("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm")) {
            try {
                return LocalDateTime.parse(t, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        try {
            return LocalDate.parse(t).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String date(XmlElement e) {
        return e == null || e.attr("date") == null ? "" : e.attr("date");
    }

    private static boolean flag(XmlElement e) {
        if (e == null) {
            return false;
        }
        String t = e.text().trim().toLowerCase(java.util.Locale.ROOT);
        return t.isEmpty() || t.equals("true") || t.equals("1") || t.equals("yes");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
