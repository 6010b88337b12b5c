package org.jpulp.plugin.rpm.publish;

import java.util.HashMap;
import java.util.Map;

/**
 * What the rpms step published, for the steps after it: each package's NEVRA ({@code name-epoch:version-release.arch})
 * with its checksum in the distributor's type and its file name, so errata list only packages of the repository.
 */
final class PublishedPackages {

    record Published(String checksum, String filename) {
    }

    private final Map<String, Published> byNevra = new HashMap<>();

    static String nevra(Object name, Object epoch, Object version, Object release, Object arch) {
        String e = epoch == null || epoch.toString().isEmpty() ? "0" : epoch.toString();
        return name + "-" + e + ":" + version + "-" + release + "." + arch;
    }

    void add(String nevra, String checksum, String filename) {
        byNevra.put(nevra, new Published(checksum, filename));
    }

    Published get(String nevra) {
        return byNevra.get(nevra);
    }

    int size() {
        return byNevra.size();
    }
}
