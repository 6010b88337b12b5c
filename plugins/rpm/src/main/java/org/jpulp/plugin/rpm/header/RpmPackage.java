package org.jpulp.plugin.rpm.header;

import java.util.List;
import java.util.Map;

/**
 * What a package file says about itself: its header (as createrepo_c reads it, dependencies already filtered the way
 * createrepo_c filters them) and the file's own size, modification time and checksums.
 *
 * @param epoch      "0" when the header has none
 * @param arch       {@code src} for a source package
 * @param changelog  newest first, as in the header
 * @param signingKey short id (8 lowercase hex digits) of the key that signed the header, null when unsigned
 * @param checksums  md5, sha1 and sha256 of the whole file, lowercase hex
 */
public record RpmPackage(String name, String epoch, String version, String release, String arch, boolean source,
                         String summary, String description, String packager, String url, String license,
                         String vendor, String group, String buildhost, String sourcerpm, long buildTime,
                         long installedSize, long archiveSize, long headerStart, long headerEnd,
                         Map<String, List<Dependency>> dependencies, List<PackageFileEntry> files,
                         List<ChangelogEntry> changelog, String signingKey, boolean modular,
                         long size, long fileTime, Map<String, String> checksums) {

    /** Dependency kinds in the order createrepo_c writes them into primary.xml. */
    public static final List<String> DEPENDENCY_KINDS = List.of("provides", "requires", "conflicts", "obsoletes",
            "suggests", "enhances", "recommends", "supplements");

    public RpmPackage {
        dependencies = Map.copyOf(dependencies);
        files = List.copyOf(files);
        changelog = List.copyOf(changelog);
        checksums = Map.copyOf(checksums);
    }

    public List<Dependency> dependencies(String kind) {
        return dependencies.getOrDefault(kind, List.of());
    }

    /** {@code <name>-<version>-<release>.<arch>.rpm} ({@code .src.rpm} for source packages), as Pulp 2 names uploads. */
    public String filename() {
        return name + "-" + version + "-" + release + "." + arch + ".rpm";
    }

    public String sha256() {
        return checksums.get("sha256");
    }
}
