package org.jpulp.plugin.rpm.repodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.content.UnitKey;
import org.jpulp.plugin.rpm.RpmUnits;

/** The elements of a comps file as package_group, package_category, package_environment and langpacks units. */
public final class CompsParser {

    public static final Set<String> ELEMENTS = Set.of("group", "category", "environment", "langpacks");

    private CompsParser() {
    }

    public record CompsUnit(UnitKey key, Map<String, Object> metadata) {
    }

    public static CompsUnit parse(XmlElement e, String repoId) {
        return switch (e.name()) {
            case "group" -> group(e, repoId);
            case "category" -> category(e, repoId);
            case "environment" -> environment(e, repoId);
            default -> langpacks(e, repoId);
        };
    }

    private static CompsUnit group(XmlElement g, String repoId) {
        Map<String, Object> m = common(g);
        m.put("default", bool(g.childText("default"), false));
        m.put("user_visible", bool(g.childText("uservisible"), true));
        if (g.childText("langonly") != null) {
            m.put("langonly", g.childText("langonly"));
        }
        List<String> mandatory = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        List<List<String>> conditional = new ArrayList<>();
        XmlElement list = g.child("packagelist");
        if (list != null) {
            for (XmlElement req : list.children("packagereq")) {
                String name = req.text().trim();
                switch (req.attr("type") == null ? "mandatory" : req.attr("type")) {
                    case "default" -> defaults.add(name);
                    case "optional" -> optional.add(name);
                    case "conditional" -> conditional.add(List.of(name, String.valueOf(req.attr("requires"))));
                    default -> mandatory.add(name);
                }
            }
        }
        m.put("mandatory_package_names", mandatory);
        m.put("default_package_names", defaults);
        m.put("optional_package_names", optional);
        m.put("conditional_package_names", conditional);
        return new CompsUnit(key(RpmUnits.PACKAGE_GROUP, id(g), repoId), m);
    }

    private static CompsUnit category(XmlElement c, String repoId) {
        Map<String, Object> m = common(c);
        m.put("packagegroupids", groupIds(c.child("grouplist")));
        return new CompsUnit(key(RpmUnits.PACKAGE_CATEGORY, id(c), repoId), m);
    }

    private static CompsUnit environment(XmlElement e, String repoId) {
        Map<String, Object> m = common(e);
        m.put("group_ids", groupIds(e.child("grouplist")));
        List<Map<String, Object>> options = new ArrayList<>();
        XmlElement optionlist = e.child("optionlist");
        if (optionlist != null) {
            for (XmlElement o : optionlist.children("groupid")) {
                options.add(Map.of("group", o.text().trim(), "default", bool(o.attr("default"), false)));
            }
        }
        m.put("options", options);
        return new CompsUnit(key(RpmUnits.PACKAGE_ENVIRONMENT, id(e), repoId), m);
    }

    private static CompsUnit langpacks(XmlElement l, String repoId) {
        List<Map<String, Object>> matches = new ArrayList<>();
        for (XmlElement match : l.children("match")) {
            matches.add(Map.of("install", String.valueOf(match.attr("install")),
                    "name", String.valueOf(match.attr("name"))));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matches", matches);
        return new CompsUnit(UnitKey.of(RpmUnits.PACKAGE_LANGPACKS, Map.of("repo_id", repoId)), m);
    }

    private static Map<String, Object> common(XmlElement e) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> names = new LinkedHashMap<>();
        Map<String, Object> descriptions = new LinkedHashMap<>();
        for (XmlElement child : e.children()) {
            String lang = child.attr("xml:lang");
            if (child.name().equals("name")) {
                if (lang == null) {
                    m.put("name", child.text());
                } else {
                    names.put(lang.replace('.', '_'), child.text());
                }
            } else if (child.name().equals("description")) {
                if (lang == null) {
                    m.put("description", child.text());
                } else {
                    descriptions.put(lang.replace('.', '_'), child.text());
                }
            }
        }
        m.putIfAbsent("name", "");
        m.putIfAbsent("description", "");
        m.put("translated_name", names);
        m.put("translated_description", descriptions);
        String order = e.childText("display_order");
        if (order != null && order.trim().matches("-?\\d{1,9}")) {
            m.put("display_order", Long.parseLong(order.trim()));
        }
        return m;
    }

    private static List<String> groupIds(XmlElement grouplist) {
        List<String> ids = new ArrayList<>();
        if (grouplist != null) {
            grouplist.children("groupid").forEach(g -> ids.add(g.text().trim()));
        }
        return ids;
    }

    private static String id(XmlElement e) {
        String id = e.childText("id");
        if (id == null || id.isBlank()) {
            throw new RepodataException("comps has a " + e.name() + " without id");
        }
        return id.trim();
    }

    private static UnitKey key(String type, String id, String repoId) {
        return UnitKey.of(type, Map.of("id", id, "repo_id", repoId));
    }

    private static boolean bool(String text, boolean absent) {
        return text == null ? absent : text.trim().equalsIgnoreCase("true");
    }
}
