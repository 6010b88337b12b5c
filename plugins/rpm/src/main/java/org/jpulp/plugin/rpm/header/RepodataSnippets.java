package org.jpulp.plugin.rpm.header;

import java.util.ArrayList;
import java.util.List;
import org.jpulp.plugin.rpm.PackageSnippets;

/**
 * A package's {@code <package>} entries of primary.xml, filelists.xml and other.xml, written as createrepo_c writes
 * them, with {@link PackageSnippets}' placeholders for the location, the checksum and the pkgid.
 */
public final class RepodataSnippets {

    /** Pulp 2's {@code changelog_limit} default. */
    public static final int DEFAULT_CHANGELOG_LIMIT = 10;

    private RepodataSnippets() {
    }

    public static PackageSnippets of(RpmPackage p, int changelogLimit) {
        return new PackageSnippets(primary(p), filelists(p), other(p, changelogLimit));
    }

    /** The changelog as createrepo_c keeps it: the newest {@code limit} entries, oldest first, equal dates bumped. */
    public static List<ChangelogEntry> changelog(RpmPackage p, int limit) {
        List<ChangelogEntry> kept = new ArrayList<>();
        long lastTime = 0;
        for (ChangelogEntry e : p.changelog()) {
            if (kept.size() >= limit) {
                break;
            }
            kept.add(0, new ChangelogEntry(trimEnd(e.author()), e.date(), e.text()));
            if (lastTime == e.date()) {
                long time = e.date();
                for (int i = 1; i < kept.size() && kept.get(i).date() == time; i++) {
                    ChangelogEntry previous = kept.get(i);
                    kept.set(i, new ChangelogEntry(previous.author(), previous.date() + 1, previous.text()));
                    time++;
                }
            } else {
                lastTime = e.date();
            }
        }
        return kept;
    }

    private static String primary(RpmPackage p) {
        Xml x = new Xml();
        x.open(0, "package", "type", "rpm").newline();
        x.text(1, "name", p.name()).text(1, "arch", p.arch());
        x.empty(1, "version", "epoch", p.epoch(), "ver", p.version(), "rel", p.release());
        x.indent(1).raw("<checksum type=\"" + PackageSnippets.CHECKSUM_TYPE + "\" pkgid=\"YES\">"
                + PackageSnippets.CHECKSUM + "</checksum>").newline();
        x.text(1, "summary", p.summary()).text(1, "description", p.description())
                .text(1, "packager", p.packager()).text(1, "url", p.url());
        x.empty(1, "time", "file", Long.toString(p.fileTime()), "build", Long.toString(p.buildTime()));
        x.empty(1, "size", "package", Long.toString(p.size()), "installed", Long.toString(p.installedSize()),
                "archive", Long.toString(p.archiveSize()));
        x.indent(1).raw("<location href=\"" + PackageSnippets.LOCATION + "\"/>").newline();
        x.open(1, "format").newline();
        x.text(2, "rpm:license", p.license()).text(2, "rpm:vendor", p.vendor()).text(2, "rpm:group", p.group())
                .text(2, "rpm:buildhost", p.buildhost()).text(2, "rpm:sourcerpm", p.sourcerpm());
        x.empty(2, "rpm:header-range", "start", Long.toString(p.headerStart()), "end", Long.toString(p.headerEnd()));
        for (String kind : RpmPackage.DEPENDENCY_KINDS) {
            dependencies(x, kind, p.dependencies(kind));
        }
        for (PackageFileEntry f : p.files()) {
            if (PrimaryFiles.isPrimary(f.path())) {
                file(x, 2, f);
            }
        }
        x.close(1, "format").close(0, "package");
        return x.toString();
    }

    private static void dependencies(Xml x, String kind, List<Dependency> deps) {
        List<Dependency> named = deps.stream().filter(d -> d.name() != null && !d.name().isEmpty()).toList();
        if (named.isEmpty()) {
            return;
        }
        x.open(2, "rpm:" + kind).newline();
        for (Dependency d : named) {
            List<String> attrs = new ArrayList<>(List.of("name", d.name()));
            if (d.flags() != null) {
                attrs.addAll(List.of("flags", d.flags()));
                addIfSet(attrs, "epoch", d.epoch());
                addIfSet(attrs, "ver", d.version());
                addIfSet(attrs, "rel", d.release());
            }
            if (d.pre() && kind.equals("requires")) {
                attrs.addAll(List.of("pre", "1"));
            }
            x.empty(3, "rpm:entry", attrs.toArray(String[]::new));
        }
        x.close(2, "rpm:" + kind);
    }

    private static void addIfSet(List<String> attrs, String name, String value) {
        if (value != null && !value.isEmpty()) {
            attrs.addAll(List.of(name, value));
        }
    }

    private static void file(Xml x, int level, PackageFileEntry f) {
        if (f.type().equals("file")) {
            x.text(level, "file", f.path());
        } else {
            x.text(level, "file", f.path(), "type", f.type());
        }
    }

    private static String filelists(RpmPackage p) {
        Xml x = new Xml();
        pkgidHeader(x, p);
        p.files().forEach(f -> file(x, 1, f));
        x.close(0, "package");
        return x.toString();
    }

    private static String other(RpmPackage p, int changelogLimit) {
        Xml x = new Xml();
        pkgidHeader(x, p);
        for (ChangelogEntry e : changelog(p, changelogLimit)) {
            x.text(1, "changelog", e.text(), "author", e.author(), "date", Long.toString(e.date()));
        }
        x.close(0, "package");
        return x.toString();
    }

    private static void pkgidHeader(Xml x, RpmPackage p) {
        x.raw("<package pkgid=\"" + PackageSnippets.PKGID + "\" name=\"" + Xml.attribute(p.name()) + "\" arch=\""
                + Xml.attribute(p.arch()) + "\">").newline();
        x.empty(1, "version", "epoch", p.epoch(), "ver", p.version(), "rel", p.release());
    }

    private static String trimEnd(String s) {
        if (s == null) {
            return null;
        }
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
