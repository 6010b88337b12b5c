package org.jpulp.bench.rpm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.header.Dependency;
import org.jpulp.plugin.rpm.header.PackageFileEntry;
import org.jpulp.plugin.rpm.header.RepodataSnippets;
import org.jpulp.plugin.rpm.header.RpmPackage;

/**
 * A yum repository with many packages in its metadata and tiny package files (a few dozen bytes, not real RPMs)
 * whose sizes and sha256 checksums match the metadata: enough for a sync, which fetches and checks them but never
 * opens them, and for {@code dnf reposync}. Metadata is streamed to gzip files, so any count fits in little memory.
 */
public final class BigRepoGenerator {

    private static final String COMMON = "http://linux.duke.edu/metadata/common";

    private BigRepoGenerator() {
    }

    /** A generated file: its path relative to the repository root and its content. */
    public record RepoFile(String path, byte[] body) {
    }

    /** Writes {@code count} packages and their metadata under {@code dir}; returns the package paths (relative). */
    public static List<String> write(Path dir, int count) throws IOException {
        List<String> locations = new ArrayList<>(count);
        Path repodata = Files.createDirectories(dir.resolve("repodata"));
        try (MetadataFile primary = new MetadataFile(repodata, "primary");
             MetadataFile filelists = new MetadataFile(repodata, "filelists");
             MetadataFile other = new MetadataFile(repodata, "other")) {
            primary.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata xmlns=\"" + COMMON
                    + "\" xmlns:rpm=\"http://linux.duke.edu/metadata/rpm\" packages=\"" + count + "\">\n");
            filelists.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<filelists xmlns=\"http://linux.duke.edu/"
                    + "metadata/filelists\" packages=\"" + count + "\">\n");
            other.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<otherdata xmlns=\"http://linux.duke.edu/"
                    + "metadata/other\" packages=\"" + count + "\">\n");
            for (int i = 0; i < count; i++) {
                RepoFile file = packageFile(i);
                Path target = dir.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.body());
                RpmPackage p = describe(i, file.body());
                PackageSnippets s = RepodataSnippets.of(p, 10);
                primary.write(s.primaryFor(file.path(), "sha256", p.sha256()));
                filelists.write(s.filelistsFor(p.sha256()));
                other.write(s.otherFor(p.sha256()));
                locations.add(file.path());
            }
            primary.write("</metadata>\n");
            filelists.write("</filelists>\n");
            other.write("</otherdata>\n");
            primary.close();
            filelists.close();
            other.close();
            Files.writeString(repodata.resolve("repomd.xml"), repomd(List.of(primary, filelists, other)),
                    StandardCharsets.UTF_8);
        }
        return locations;
    }

    static RepoFile packageFile(int n) {
        String name = name(n);
        String filename = name + "-1.0-1.noarch.rpm";
        byte[] body = (name + " 1.0-1 noarch (not a real package)\n").getBytes(StandardCharsets.UTF_8);
        return new RepoFile("Packages/" + name.charAt(0) + "/" + filename, body);
    }

    private static String name(int n) {
        return String.format(Locale.ROOT, "big-%06d", n);
    }

    private static RpmPackage describe(int n, byte[] body) {
        String name = name(n);
        String sha256 = hex(digest("SHA-256").digest(body));
        return new RpmPackage(name, "0", "1.0", "1", "noarch", false, "Generated package " + name,
                "A tiny stand-in for a package, for metadata-heavy sync benchmarks.", null,
                "https://example.com/" + name, "MIT", null, "Unspecified", "bench", name + "-1.0-1.src.rpm",
                1_700_000_000L, 0, 0, 0, body.length,
                Map.of("provides", List.of(new Dependency(name, "EQ", "0", "1.0", "1", false)),
                        "requires", List.of(new Dependency("bench-base", null, null, null, null, false))),
                List.of(new PackageFileEntry("/usr/share/big/" + name, "file")), List.of(), null, false,
                body.length, 1_700_000_000L, Map.of("sha256", sha256));
    }

    private static String repomd(List<MetadataFile> files) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<repomd xmlns=\"http://linux."
                + "duke.edu/metadata/repo\" xmlns:rpm=\"http://linux.duke.edu/metadata/rpm\">\n  <revision>1700000000"
                + "</revision>\n");
        for (MetadataFile f : files) {
            x.append("  <data type=\"").append(f.type).append("\">\n")
                    .append("    <checksum type=\"sha256\">").append(f.checksum).append("</checksum>\n")
                    .append("    <open-checksum type=\"sha256\">").append(f.openChecksum).append("</open-checksum>\n")
                    .append("    <location href=\"repodata/").append(f.fileName()).append("\"/>\n")
                    .append("    <timestamp>1700000000</timestamp>\n")
                    .append("    <size>").append(f.size).append("</size>\n")
                    .append("    <open-size>").append(f.openSize).append("</open-size>\n")
                    .append("  </data>\n");
        }
        return x.append("</repomd>\n").toString();
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** One {@code <type>.xml.gz}, written through gzip with the checksums and sizes repomd.xml needs. */
    private static final class MetadataFile implements AutoCloseable {
        final String type;
        final Path dir;
        final MessageDigest compressedDigest = digest("SHA-256");
        final MessageDigest openDigest = digest("SHA-256");
        final CountingStream compressedCount;
        final CountingStream openCount;
        final Writer writer;
        boolean closed;
        String checksum;
        String openChecksum;
        long size;
        long openSize;

        MetadataFile(Path dir, String type) throws IOException {
            this.type = type;
            this.dir = dir;
            compressedCount = new CountingStream(new DigestOutputStream(
                    Files.newOutputStream(dir.resolve(type + ".xml.gz.part")), compressedDigest));
            openCount = new CountingStream(new DigestOutputStream(new GZIPOutputStream(compressedCount, 65536),
                    openDigest));
            writer = new OutputStreamWriter(openCount, StandardCharsets.UTF_8);
        }

        void write(String s) throws IOException {
            writer.write(s);
        }

        String fileName() {
            return checksum + "-" + type + ".xml.gz";
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            writer.close();
            checksum = hex(compressedDigest.digest());
            openChecksum = hex(openDigest.digest());
            size = compressedCount.count;
            openSize = openCount.count;
            Files.move(dir.resolve(type + ".xml.gz.part"), dir.resolve(fileName()));
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
