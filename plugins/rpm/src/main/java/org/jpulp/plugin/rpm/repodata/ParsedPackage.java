package org.jpulp.plugin.rpm.repodata;

import java.util.Map;
import org.jpulp.common.content.UnitKey;

/**
 * One package of a repository's metadata: its unit key (type rpm or srpm), where it is relative to the feed, its
 * file name and size, and the unit's other metadata (including the {@code repodata} snippets).
 */
public record ParsedPackage(UnitKey key, String location, String filename, long size, Map<String, Object> metadata) {

    public String typeId() {
        return key.typeId();
    }

    public String name() {
        return (String) key.get("name");
    }

    public String checksumType() {
        return (String) key.get("checksumtype");
    }

    public String checksum() {
        return (String) key.get("checksum");
    }

    /** {@code name-epoch:version-release.arch}, for messages. */
    public String nevra() {
        return key.get("name") + "-" + key.get("epoch") + ":" + key.get("version") + "-" + key.get("release") + "."
                + key.get("arch");
    }
}
