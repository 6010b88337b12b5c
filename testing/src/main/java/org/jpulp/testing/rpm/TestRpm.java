package org.jpulp.testing.rpm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A declarative description of a package for {@link RpmBuilder}: NEVRA, dependencies, files with their content and
 * changelog entries. Immutable; the {@code with...} methods return changed copies. Arch {@code src} builds a source
 * package. Two equal descriptions build the same cached file.
 */
public record TestRpm(String name, String epoch, String version, String release, String arch, String summary,
                      List<String> requires, List<String> provides, Map<String, String> files,
                      List<ChangelogEntry> changelog) {

    /** One {@code %changelog} entry; {@code author} is e.g. {@code "Zoë Keeper <zoe@example.com> - 1.0-1"}. */
    public record ChangelogEntry(LocalDate date, String author, String text) {
    }

    public TestRpm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(arch, "arch");
        requires = List.copyOf(requires);
        provides = List.copyOf(provides);
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        changelog = List.copyOf(changelog);
    }

    /** A noarch package without epoch, with one file {@code /usr/share/<name>/README}. */
    public static TestRpm of(String name, String version, String release) {
        return new TestRpm(name, null, version, release, "noarch", name + " test package", List.of(), List.of(),
                Map.of("/usr/share/" + name + "/README", name + " " + version + "-" + release + "\n"), List.of());
    }

    public TestRpm withEpoch(String newEpoch) {
        return new TestRpm(name, newEpoch, version, release, arch, summary, requires, provides, files, changelog);
    }

    public TestRpm withArch(String newArch) {
        return new TestRpm(name, epoch, version, release, newArch, summary, requires, provides, files, changelog);
    }

    public TestRpm withSummary(String newSummary) {
        return new TestRpm(name, epoch, version, release, arch, newSummary, requires, provides, files, changelog);
    }

    /** Adds a {@code Requires:} line, e.g. {@code "bear >= 4.1"}. */
    public TestRpm withRequires(String requirement) {
        return new TestRpm(name, epoch, version, release, arch, summary, plus(requires, requirement), provides, files,
                changelog);
    }

    /** Adds a {@code Provides:} line, e.g. {@code "animal(bear) = 4"}. */
    public TestRpm withProvides(String capability) {
        return new TestRpm(name, epoch, version, release, arch, summary, requires, plus(provides, capability), files,
                changelog);
    }

    /** Adds (or replaces) a file at an absolute path with this UTF-8 content. */
    public TestRpm withFile(String path, String content) {
        Map<String, String> copy = new LinkedHashMap<>(files);
        copy.put(path, content);
        return new TestRpm(name, epoch, version, release, arch, summary, requires, provides, copy, changelog);
    }

    public TestRpm withChangelog(LocalDate date, String author, String text) {
        return new TestRpm(name, epoch, version, release, arch, summary, requires, provides, files,
                plus(changelog, new ChangelogEntry(date, author, text)));
    }

    /** {@code name-version-release.arch.rpm}, the name rpmbuild gives the file. */
    public String filename() {
        return name + "-" + version + "-" + release + "." + arch + ".rpm";
    }

    /** The epoch as repository metadata shows it ({@code "0"} when absent). */
    public String epochOrZero() {
        return epoch == null ? "0" : epoch;
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
