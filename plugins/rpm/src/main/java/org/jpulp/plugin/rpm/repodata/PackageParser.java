package org.jpulp.plugin.rpm.repodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.content.UnsafePathException;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.VersionSortIndex;

/**
 * Turns one package's {@code <package>} elements of primary, filelists and other into a {@link ParsedPackage}: the
 * unit fields Pulp 2 keeps (reference §1.1) and the three snippets with the placeholders of {@link PackageSnippets}.
 */
public final class PackageParser {

    private static final List<String> DEPENDENCIES = List.of("provides", "requires", "conflicts", "obsoletes",
            "recommends", "suggests", "enhances", "supplements");

    private static final XmlElement.Rewrite PRIMARY = new XmlElement.Rewrite() {
        @Override
        public String attribute(XmlElement element, String attribute, String value) {
            if (element.name().equals("checksum") && attribute.equals("type")) {
                return PackageSnippets.CHECKSUM_TYPE;
            }
            if (element.name().equals("location")) {
                return attribute.equals("href") ? PackageSnippets.LOCATION : null;
            }
            return value;
        }

        @Override
        public String text(XmlElement element) {
            return element.name().equals("checksum") ? PackageSnippets.CHECKSUM : null;
        }
    };

    private static final XmlElement.Rewrite PKGID = new XmlElement.Rewrite() {
        @Override
        public String attribute(XmlElement element, String attribute, String value) {
            return element.name().equals("package") && attribute.equals("pkgid") ? PackageSnippets.PKGID : value;
        }
    };

    private PackageParser() {
    }

    /** The pkgid (the package checksum) of a primary {@code <package>}. */
    public static String pkgid(XmlElement primary) {
        XmlElement checksum = primary.child("checksum");
        if (checksum == null || checksum.text().isBlank()) {
            throw new RepodataException("primary.xml has a package without checksum: "
                    + SafePaths.quote(primary.childText("name")));
        }
        return checksum.text().trim();
    }

    public static ParsedPackage parse(XmlElement primary, XmlElement filelists, XmlElement other) {
        return parse(primary, filelists, other, key -> true);
    }

    /**
     * @param metadataWanted whether to build the unit's other metadata (and snippets) for a package with this key;
     *                       when not, the package comes with empty metadata (e.g. the repository already holds it)
     */
    public static ParsedPackage parse(XmlElement primary, XmlElement filelists, XmlElement other,
                                      java.util.function.Predicate<UnitKey> metadataWanted) {
        String name = required(primary, "name", null);
        String arch = required(primary, "arch", name);
        XmlElement version = primary.child("version");
        if (version == null || version.attr("ver") == null || version.attr("rel") == null) {
            throw new RepodataException("primary.xml: package " + SafePaths.quote(name) + " has no version");
        }
        XmlElement checksum = primary.child("checksum");
        String checksumType = Checksums.sanitize(checksum.attr("type"));
        String sum = pkgid(primary).toLowerCase(Locale.ROOT);
        String epoch = version.attr("epoch") == null || version.attr("epoch").isEmpty() ? "0" : version.attr("epoch");
        String what = "package " + name + "-" + epoch + ":" + version.attr("ver") + "-" + version.attr("rel") + "."
                + arch;
        String location = location(primary, what);
        String filename = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("name", name);
        key.put("epoch", epoch);
        key.put("version", version.attr("ver"));
        key.put("release", version.attr("rel"));
        key.put("arch", arch);
        key.put("checksumtype", checksumType);
        key.put("checksum", sum);
        String type = arch.equals("src") ? RpmUnits.SRPM : RpmUnits.RPM;
        XmlElement size = primary.child("size");
        long fileSize = size == null ? -1 : number(size.attr("package"), what + " size");
        if (fileSize < 0) {
            throw new RepodataException("primary.xml: " + what + " has no package size");
        }
        UnitKey unitKey = UnitKey.of(type, key);
        if (!metadataWanted.test(unitKey)) {
            return new ParsedPackage(unitKey, location, filename, fileSize, Map.of());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filename", filename);
        m.put("relativepath", filename);
        m.put("size", fileSize);
        XmlElement time = primary.child("time");
        if (time != null) {
            m.put("time", number(time.attr("file"), what + " time"));
            m.put("build_time", number(time.attr("build"), what + " build time"));
        }
        put(m, "summary", primary.childText("summary"));
        put(m, "description", primary.childText("description"));
        put(m, "url", primary.childText("url"));
        XmlElement format = primary.child("format");
        if (format != null) {
            format(format, m, what);
        }
        m.put("files", files(primary, filelists));
        m.put("changelog", changelog(other, what));
        m.put("checksums", Map.of(checksumType, sum));
        m.put("version_sort_index", VersionSortIndex.encode(version.attr("ver")));
        m.put("release_sort_index", VersionSortIndex.encode(version.attr("rel")));
        if (type.equals(RpmUnits.RPM)) {
            m.put("is_modular", version.attr("rel").contains(".module"));
        }
        m.put("repodata", new PackageSnippets(snippet(primary, PRIMARY), snippet(filelists, PKGID),
                snippet(other, PKGID)).toStored());
        return new ParsedPackage(unitKey, location, filename, fileSize, m);
    }

    private static void format(XmlElement format, Map<String, Object> m, String what) {
        put(m, "license", format.childText("license"));
        put(m, "vendor", emptyToNull(format.childText("vendor")));
        put(m, "group", format.childText("group"));
        put(m, "buildhost", format.childText("buildhost"));
        put(m, "sourcerpm", emptyToNull(format.childText("sourcerpm")));
        XmlElement range = format.child("header-range");
        if (range != null) {
            m.put("header_range", Map.of("start", number(range.attr("start"), what + " header start"),
                    "end", number(range.attr("end"), what + " header end")));
        }
        for (String dependency : DEPENDENCIES) {
            XmlElement list = format.child(dependency);
            List<Map<String, Object>> entries = new ArrayList<>();
            if (list != null) {
                for (XmlElement e : list.children("entry")) {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("name", e.attr("name"));
                    d.put("flags", e.attr("flags"));
                    d.put("epoch", e.attr("epoch"));
                    d.put("version", e.attr("ver"));
                    d.put("release", e.attr("rel"));
                    if ("1".equals(e.attr("pre"))) {
                        d.put("pre", true);
                    }
                    entries.add(d);
                }
            }
            m.put(dependency, entries);
        }
    }

    private static Map<String, Object> files(XmlElement primary, XmlElement filelists) {
        List<String> files = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        XmlElement source = filelists != null ? filelists : primary.child("format");
        if (source != null) {
            for (XmlElement f : source.children("file")) {
                ("dir".equals(f.attr("type")) ? dirs : files).add(f.text());
            }
        }
        return Map.of("file", files, "dir", dirs);
    }

    private static List<List<Object>> changelog(XmlElement other, String what) {
        List<List<Object>> entries = new ArrayList<>();
        if (other != null) {
            for (XmlElement c : other.children("changelog")) {
                entries.add(List.of(number(c.attr("date"), what + " changelog date"),
                        c.attr("author") == null ? "" : c.attr("author"), c.text()));
            }
        }
        return entries;
    }

    private static String location(XmlElement primary, String what) {
        XmlElement location = primary.child("location");
        if (location == null || location.attr("href") == null) {
            throw new RepodataException("primary.xml: " + what + " has no location");
        }
        try {
            return SafePaths.relative(location.attr("href"), "location href of " + what);
        } catch (UnsafePathException e) {
            throw new RepodataException("primary.xml: " + e.getMessage(), e);
        }
    }

    private static String snippet(XmlElement element, XmlElement.Rewrite rewrite) {
        if (element == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(1024);
        element.write(out, rewrite);
        return out.toString();
    }

    private static String required(XmlElement primary, String child, String name) {
        String value = primary.childText(child);
        if (value == null || value.isBlank()) {
            throw new RepodataException("primary.xml: a package" + (name == null ? "" : " " + SafePaths.quote(name))
                    + " has no " + child);
        }
        return value.trim();
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text == null ? "0" : text.trim());
        } catch (NumberFormatException e) {
            throw new RepodataException("primary.xml: " + what + " " + SafePaths.quote(text) + " is not a number");
        }
    }

    private static void put(Map<String, Object> m, String field, String value) {
        if (value != null) {
            m.put(field, value);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
