package org.jpulp.plugin.rpm.header;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One provides/requires/... entry as createrepo_c writes it: {@code flags} is {@code EQ}, {@code LT}, ... or null for
 * an unversioned entry; {@code epoch} defaults to "0" when a version is given; {@code pre} only for requires.
 */
public record Dependency(String name, String flags, String epoch, String version, String release, boolean pre) {

    /** Pulp 2's unit field shape: {@code name, flags, epoch, version, release} (and {@code pre} when set). */
    public Map<String, Object> toUnitField() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("flags", flags);
        m.put("epoch", epoch);
        m.put("version", version);
        m.put("release", release);
        if (pre) {
            m.put("pre", true);
        }
        return m;
    }
}
