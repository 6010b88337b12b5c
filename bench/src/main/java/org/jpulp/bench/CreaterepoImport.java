package org.jpulp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.content.UnitStore;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * Stores the packages of a {@code createrepo_c} repository as rpm units the way the importer leaves them (key and
 * fields from primary, the three {@code <package>} snippets with placeholders, the file in the content store), so
 * that a publish can be measured without a sync.
 */
final class CreaterepoImport {

    private static final Pattern PKGID = Pattern.compile("pkgid=\"([0-9a-f]+)\"");
    private static final Pattern CHECKSUM =
            Pattern.compile("<checksum type=\"([a-z0-9]+)\" pkgid=\"YES\">([0-9a-f]+)</checksum>");
    private static final Pattern LOCATION = Pattern.compile("<location href=\"([^\"]+)\"/>");
    private static final Pattern VERSION = Pattern.compile("<version epoch=\"([^\"]*)\" ver=\"([^\"]*)\" rel=\"([^\"]*)\"/>");
    private static final Pattern NAME = Pattern.compile("<name>([^<]*)</name>");
    private static final Pattern ARCH = Pattern.compile("<arch>([^<]*)</arch>");

    private CreaterepoImport() {
    }

    static int importInto(Path dir, String repoId, ContentStore store, UnitStore units, RepoContentUnits associations)
            throws IOException {
        String primary = gunzip(metadata(dir, "primary"));
        Map<String, String> filelists = byPkgid(gunzip(metadata(dir, "filelists")));
        Map<String, String> other = byPkgid(gunzip(metadata(dir, "other")));
        List<String> ids = new ArrayList<>();
        for (String pkg : packages(primary)) {
            Matcher checksum = find(CHECKSUM, pkg);
            Matcher location = find(LOCATION, pkg);
            Matcher version = find(VERSION, pkg);
            String sum = checksum.group(2);
            String pkgid = "pkgid=\"" + sum + "\"";
            String placeholder = "pkgid=\"" + PackageSnippets.PKGID + "\"";
            PackageSnippets snippets = new PackageSnippets(pkg.replace(checksum.group(), "<checksum type=\""
                    + PackageSnippets.CHECKSUM_TYPE + "\" pkgid=\"YES\">" + PackageSnippets.CHECKSUM + "</checksum>")
                    .replace(location.group(), "<location href=\"" + PackageSnippets.LOCATION + "\"/>"),
                    filelists.get(sum).replace(pkgid, placeholder), other.get(sum).replace(pkgid, placeholder));
            UnitKey key = UnitKey.of(RpmUnits.RPM, Map.of("name", find(NAME, pkg).group(1), "epoch", version.group(1),
                    "version", version.group(2), "release", version.group(3), "arch", find(ARCH, pkg).group(1),
                    "checksumtype", checksum.group(1), "checksum", sum));
            String filename = Path.of(location.group(1)).getFileName().toString();
            Path stored = store.importFile(dir.resolve(location.group(1)), key, filename);
            Unit unit = units.insertIfAbsent(new NewUnit(key, Map.of("filename", filename, "size", Files.size(stored),
                    "checksums", Map.of(checksum.group(1), sum), "repodata", snippets.toStored()), stored.toString()));
            ids.add(unit.id());
        }
        return associations.associateAll(repoId, RpmUnits.RPM, ids).size();
    }

    static Path metadata(Path dir, String type) throws IOException {
        Matcher m = Pattern.compile("<data type=\"" + type + "\">.*?<location href=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(Files.readString(dir.resolve("repodata/repomd.xml")));
        if (!m.find()) {
            throw new IOException("no " + type + " in " + dir);
        }
        return dir.resolve(m.group(1));
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> packages(String xml) {
        List<String> out = new ArrayList<>();
        for (int from = 0, start; (start = xml.indexOf("<package ", from)) >= 0; ) {
            int end = xml.indexOf("</package>", start) + "</package>".length();
            out.add(xml.substring(start, end));
            from = end;
        }
        return out;
    }

    /** checksum of every package entry of the repository's primary, sorted. */
    static List<String> checksums(Path dir) throws IOException {
        List<String> sums = new ArrayList<>();
        for (String pkg : packages(gunzip(metadata(dir, "primary")))) {
            sums.add(find(CHECKSUM, pkg).group(2));
        }
        return sums.stream().sorted().toList();
    }

    private static Map<String, String> byPkgid(String xml) {
        Map<String, String> out = new HashMap<>();
        for (String pkg : packages(xml)) {
            out.put(find(PKGID, pkg).group(1), pkg);
        }
        return out;
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return m;
    }
}
