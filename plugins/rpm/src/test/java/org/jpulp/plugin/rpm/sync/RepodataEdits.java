package org.jpulp.plugin.rpm.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jpulp.plugin.rpm.repodata.Checksums;

/** Edits a built repository the way a broken or hostile server would, keeping repomd.xml consistent unless told. */
final class RepodataEdits {

    private final Path repo;

    RepodataEdits(Path repo) {
        this.repo = repo;
    }

    /** The decompressed content of a gz metadata file. */
    String text(String type) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file(type)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Replaces a metadata file with gz of {@code content} and updates repomd.xml's sizes and checksums to match. */
    void replace(String type, String content) throws IOException {
        replace(type, out -> out.write(content.getBytes(StandardCharsets.UTF_8)), true);
    }

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    void replace(String type, Content content, boolean declareOpenSize) throws IOException {
        Path file = file(type);
        long[] open = new long[1];
        java.security.MessageDigest openDigest = Checksums.digest("sha256");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 65536)) {
            content.writeTo(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    openDigest.update(b, off, len);
                    open[0] += len;
                }
            });
        }
        String data = dataBlock(type);
        String updated = data.replaceFirst("(<checksum type=\"sha256\">)[0-9a-f]+", "$1" + Checksums.of(file, "sha256"))
                .replaceFirst("(<open-checksum type=\"sha256\">)[0-9a-f]+", "$1" + Checksums.hex(openDigest))
                .replaceFirst("<size>\\d+", "<size>" + Files.size(file))
                .replaceFirst("<open-size>\\d+", declareOpenSize ? "<open-size>" + open[0] : "<open-size>0")
                .replaceFirst(declareOpenSize ? "$^" : "\\s*<open-size>0</open-size>", "");
        Files.writeString(repomd(), Files.readString(repomd()).replace(data, updated));
    }

    /** Recompresses a gz metadata file with the zstd tool and points repomd.xml at the new file. */
    void recompressWithZstd(String type) throws Exception {
        byte[] text = text(type).getBytes(StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("zstd", "-q", "-c").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(text);
        }
        byte[] zst = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("zstd failed");
        }
        Path file = repo.resolve("repodata/" + type + ".xml.zst");
        Files.write(file, zst);
        String data = dataBlock(type);
        String updated = data.replaceFirst("<location href=\"[^\"]+\"", "<location href=\"repodata/" + type
                        + ".xml.zst\"")
                .replaceFirst("(<checksum type=\"sha256\">)[0-9a-f]+", "$1" + Checksums.of(file, "sha256"))
                .replaceFirst("<size>\\d+", "<size>" + zst.length);
        Files.writeString(repomd(), Files.readString(repomd()).replace(data, updated));
    }

    /** Overwrites a metadata file's bytes without touching repomd.xml. */
    void corrupt(String type) throws IOException {
        byte[] bytes = Files.readAllBytes(file(type));
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file(type), bytes);
    }

    private Path file(String type) throws IOException {
        Matcher m = Pattern.compile("<location href=\"([^\"]+)\"").matcher(dataBlock(type));
        if (!m.find()) {
            throw new IllegalStateException("no location for " + type);
        }
        return repo.resolve(m.group(1));
    }

    private String dataBlock(String type) throws IOException {
        Matcher m = Pattern.compile("(?s)<data type=\"" + type + "\">.*?</data>").matcher(Files.readString(repomd()));
        if (!m.find()) {
            throw new IllegalStateException("no " + type + " in repomd.xml");
        }
        return m.group();
    }

    private Path repomd() {
        return repo.resolve("repodata/repomd.xml");
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
