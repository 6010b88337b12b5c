package org.jpulp.plugin.rpm.testbed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * Stores the packages of a repository made by {@code createrepo_c} as rpm/srpm units the way the importer does: the
 * unit key and fields from primary.xml, each {@code <package>} element of primary, filelists and other as the stored
 * snippets with their repository-specific values replaced by placeholders, the file in the content store.
 */
public final class CreaterepoUnits {

    private static final Pattern PKGID = Pattern.compile("pkgid=\"([0-9a-f]+)\"");
    private static final Pattern CHECKSUM = Pattern.compile("<checksum type=\"([a-z0-9]+)\" pkgid=\"YES\">([0-9a-f]+)</checksum>");
    private static final Pattern LOCATION = Pattern.compile("<location href=\"([^\"]+)\"/>");

    private CreaterepoUnits() {
    }

    /** Imports every package of the repository in {@code dir} into {@code repoId}; returns the stored units. */
    public static List<Unit> importInto(RpmTestBed bed, String repoId, Path dir) throws IOException {
        String primary = gunzip(metadata(dir, "primary"));
        Map<String, String> filelists = byPkgid(gunzip(metadata(dir, "filelists")));
        Map<String, String> other = byPkgid(gunzip(metadata(dir, "other")));
        List<Unit> units = new ArrayList<>();
        for (String pkg : packages(primary)) {
            Matcher checksum = CHECKSUM.matcher(pkg);
            Matcher location = LOCATION.matcher(pkg);
            if (!checksum.find() || !location.find()) {
                throw new IllegalStateException("unexpected primary entry " + pkg);
            }
            String type = checksum.group(1);
            String sum = checksum.group(2);
            String href = location.group(1);
            PackageSnippets snippets = new PackageSnippets(
                    pkg.replace(checksum.group(), "<checksum type=\"" + PackageSnippets.CHECKSUM_TYPE
                                    + "\" pkgid=\"YES\">" + PackageSnippets.CHECKSUM + "</checksum>")
                            .replace(location.group(), "<location href=\"" + PackageSnippets.LOCATION + "\"/>"),
                    filelists.get(sum).replace("pkgid=\"" + sum + "\"", "pkgid=\"" + PackageSnippets.PKGID + "\""),
                    other.get(sum).replace("pkgid=\"" + sum + "\"", "pkgid=\"" + PackageSnippets.PKGID + "\""));
            String arch = text(pkg, "arch");
            Matcher version = Pattern.compile("<version epoch=\"([^\"]*)\" ver=\"([^\"]*)\" rel=\"([^\"]*)\"/>")
                    .matcher(pkg);
            version.find();
            String typeId = arch.equals("src") ? RpmUnits.SRPM : RpmUnits.RPM;
            UnitKey key = UnitKey.of(typeId, Map.of("name", text(pkg, "name"), "epoch", version.group(1),
                    "version", version.group(2), "release", version.group(3), "arch", arch, "checksumtype", type,
                    "checksum", sum));
            String filename = Path.of(href).getFileName().toString();
            Path stored = bed.store.importFile(dir.resolve(href), key, filename);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("filename", filename);
            metadata.put("size", Files.size(stored));
            metadata.put("checksums", Map.of(type, sum));
            metadata.put("repodata", snippets.toStored());
            Unit unit = bed.units.insertIfAbsent(new NewUnit(key, metadata, stored.toString()));
            bed.associations.associate(repoId, typeId, unit.id());
            units.add(unit);
        }
        return units;
    }

    public static Path metadata(Path dir, String type) throws IOException {
        String repomd = Files.readString(dir.resolve("repodata/repomd.xml"));
        Matcher m = Pattern.compile("<data type=\"" + type + "\">.*?<location href=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(repomd);
        if (!m.find()) {
            throw new IllegalStateException("no " + type + " in " + dir);
        }
        return dir.resolve(m.group(1));
    }

    public static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The {@code <package ...>...</package>} elements of a metadata file. */
    public static List<String> packages(String xml) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = xml.indexOf("<package ", from);
            if (start < 0) {
                return out;
            }
            int end = xml.indexOf("</package>", start) + "</package>".length();
            out.add(xml.substring(start, end));
            from = end;
        }
    }

    private static Map<String, String> byPkgid(String xml) {
        Map<String, String> out = new HashMap<>();
        for (String pkg : packages(xml)) {
            Matcher m = PKGID.matcher(pkg);
            m.find();
            out.put(m.group(1), pkg);
        }
        return out;
    }

    private static String text(String xml, String element) {
        Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("no <" + element + "> in " + xml);
        }
        return m.group(1);
    }
}
