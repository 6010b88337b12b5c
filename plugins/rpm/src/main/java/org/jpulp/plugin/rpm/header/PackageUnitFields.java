package org.jpulp.plugin.rpm.header;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.VersionSortIndex;

/** The rpm/srpm unit key and metadata fields (pulp2-rpm §1.1) of a parsed package file. */
public final class PackageUnitFields {

    private PackageUnitFields() {
    }

    public static String typeId(RpmPackage p) {
        return p.source() ? RpmUnits.SRPM : RpmUnits.RPM;
    }

    /** name, epoch, version, release, arch, checksumtype (sha256), checksum. */
    public static Map<String, Object> key(RpmPackage p) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("name", p.name());
        key.put("epoch", p.epoch());
        key.put("version", p.version());
        key.put("release", p.release());
        key.put("arch", p.arch());
        key.put("checksumtype", "sha256");
        key.put("checksum", p.sha256());
        return key;
    }

    /** Every non-key field, {@code repodata} included (compressed, as stored). */
    public static Map<String, Object> metadata(RpmPackage p, int changelogLimit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filename", p.filename());
        m.put("relativepath", p.filename());
        m.put("size", p.size());
        m.put("build_time", p.buildTime());
        m.put("time", p.fileTime());
        m.put("buildhost", p.buildhost());
        m.put("vendor", p.vendor());
        m.put("license", p.license());
        m.put("group", p.group());
        m.put("summary", p.summary());
        m.put("description", p.description());
        m.put("url", p.url());
        m.put("sourcerpm", p.sourcerpm());
        for (String kind : RpmPackage.DEPENDENCY_KINDS) {
            m.put(kind, p.dependencies(kind).stream().map(Dependency::toUnitField).toList());
        }
        m.put("files", files(p));
        m.put("changelog", RepodataSnippets.changelog(p, changelogLimit).stream()
                .map(e -> List.<Object>of(e.date(), nullToEmpty(e.author()), nullToEmpty(e.text()))).toList());
        m.put("header_range", Map.of("start", p.headerStart(), "end", p.headerEnd()));
        m.put("checksums", p.checksums());
        m.put("signing_key", p.signingKey());
        m.put("version_sort_index", VersionSortIndex.encode(p.version()));
        m.put("release_sort_index", VersionSortIndex.encode(p.release()));
        if (!p.source()) {
            m.put("is_modular", p.modular());
        }
        m.put("repodata", RepodataSnippets.of(p, changelogLimit).toStored());
        return m;
    }

    private static Map<String, Object> files(RpmPackage p) {
        List<String> files = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        p.files().forEach(f -> (f.isDirectory() ? dirs : files).add(f.path()));
        return Map.of("file", files, "dir", dirs);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
