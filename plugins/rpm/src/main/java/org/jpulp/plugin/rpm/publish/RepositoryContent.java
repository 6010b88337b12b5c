package org.jpulp.plugin.rpm.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.plugin.rpm.repodata.Checksums;

/**
 * The repository's unit ids by type, read in one pass over its associations, and a fingerprint of that content and
 * the effective config: equal fingerprints mean nothing a publish depends on changed (Pulp 2 compares association
 * {@code updated} times and config changes against the last publish; this compares the same facts).
 */
record RepositoryContent(Map<String, List<String>> idsByType, String fingerprint) {

    static RepositoryContent read(RepoContentUnits associations, String repoId, PluginConfig config) {
        MessageDigest digest = Checksums.digest("sha256");
        Map<String, Object> relevant = new TreeMap<>(config.values());
        relevant.remove(YumDistributorConfig.FORCE_FULL);
        digest.update(relevant.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, List<String>> ids = new TreeMap<>();
        associations.forEach(repoId, a -> {
            ids.computeIfAbsent(a.typeId(), t -> new ArrayList<>()).add(a.unitId());
            digest.update((a.typeId() + '\0' + a.unitId() + '\0' + a.updated() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
        });
        return new RepositoryContent(ids, Checksums.hex(digest));
    }

    List<String> ids(String type) {
        return idsByType.getOrDefault(type, List.of());
    }

    /** Unit ids of the package types, in the order they are published. */
    Map<String, List<String>> packages() {
        Map<String, List<String>> packages = new java.util.LinkedHashMap<>();
        packages.put(org.jpulp.plugin.rpm.RpmUnits.RPM, ids(org.jpulp.plugin.rpm.RpmUnits.RPM));
        packages.put(org.jpulp.plugin.rpm.RpmUnits.SRPM, ids(org.jpulp.plugin.rpm.RpmUnits.SRPM));
        return packages;
    }
}
