package org.jpulp.plugin.rpm.sync;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.RpmVersions;
import org.jpulp.plugin.rpm.repodata.ElementCursor;
import org.jpulp.plugin.rpm.repodata.PackageParser;
import org.jpulp.plugin.rpm.repodata.XmlElement;

/**
 * {@code retain_old_count}: a first pass over primary.xml that picks the newest {@code retain + 1} versions of each
 * name and arch, so that older ones are neither stored nor downloaded. Holds at most {@code retain + 1} entries per
 * name and arch.
 */
final class Retention {

    private record Version(String epoch, String version, String release, String pkgid) {
    }

    private Retention() {
    }

    /** The pkgids of the packages to keep. */
    static Set<String> newest(InputStream primary, int retain, Predicate<String> skippedType) {
        Map<String, List<Version>> groups = new HashMap<>();
        try (ElementCursor cursor = new ElementCursor(primary, "package", "primary.xml")) {
            for (XmlElement p = cursor.next(); p != null; p = cursor.next()) {
                String arch = String.valueOf(p.childText("arch")).trim();
                if (skippedType.test(arch.equals("src") ? RpmUnits.SRPM : RpmUnits.RPM)) {
                    continue;
                }
                XmlElement v = p.child("version");
                if (v == null) {
                    continue;
                }
                List<Version> newest = groups.computeIfAbsent(String.valueOf(p.childText("name")).trim() + "\0" + arch,
                        g -> new ArrayList<>());
                newest.add(new Version(v.attr("epoch"), v.attr("ver"), v.attr("rel"), PackageParser.pkgid(p)));
                newest.sort((a, b) -> RpmVersions.compareEvr(b.epoch(), b.version(), b.release(), a.epoch(),
                        a.version(), a.release()));
                if (newest.size() > retain + 1) {
                    newest.remove(newest.size() - 1);
                }
            }
        }
        Set<String> keep = new HashSet<>();
        groups.values().forEach(g -> g.forEach(v -> keep.add(v.pkgid())));
        return keep;
    }
}
