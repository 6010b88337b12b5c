package org.jpulp.devstack.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The sample file repository {@code ./jpulp up} mirrors: a few generated files and their {@code PULP_MANIFEST}
 * ({@code name,sha256,size}), written once into a directory and served from there by {@link SampleFeedCommand}.
 */
public final class SampleFeed {

    public static final List<String> FILES = List.of("hello.txt", "sample-1.iso", "sample-2.iso", "sample-3.img",
            "checksums.txt");
    public static final String MANIFEST = "PULP_MANIFEST";
    /** The sub-directory holding the sample yum repository (built by {@code devstack/sample-rpm/build.sh}). */
    public static final String RPM_DIR = "rpm";
    private static final String RPM_RESOURCES = "/org/jpulp/devstack/sample/rpm/";

    private SampleFeed() {
    }

    /** Writes the sample files, their manifest and the sample yum repository into {@code dir} unless already there. */
    public static void ensure(Path dir) {
        ensureFiles(dir);
        ensureYumRepository(dir.resolve(RPM_DIR));
    }

    private static void ensureFiles(Path dir) {
        try {
            if (Files.isRegularFile(dir.resolve(MANIFEST))) {
                return;
            }
            Files.createDirectories(dir);
            Random random = new Random(2026);
            StringBuilder manifest = new StringBuilder();
            StringBuilder checksums = new StringBuilder();
            for (String name : FILES) {
                byte[] body = name.equals("checksums.txt") ? checksums.toString().getBytes(StandardCharsets.UTF_8)
                        : content(name, random);
                Files.write(dir.resolve(name), body);
                String sha = sha256(body);
                checksums.append(sha).append("  ").append(name).append('\n');
                manifest.append(name).append(',').append(sha).append(',').append(body.length).append('\n');
            }
            Path tmp = dir.resolve(MANIFEST + ".tmp");
            Files.writeString(tmp, manifest.toString());
            Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ensureYumRepository(Path dir) {
        try {
            if (Files.isRegularFile(dir.resolve("repodata/repomd.xml"))) {
                return;
            }
            for (String name : resourceLines(RPM_RESOURCES + "index.txt")) {
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = resource(RPM_RESOURCES + name)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleFeed.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the devstack jar lacks " + name);
        }
        return in;
    }

    private static byte[] content(String name, Random random) {
        if (name.endsWith(".txt")) {
            return ("Hello from the jpulp sample repository!\n").getBytes(StandardCharsets.UTF_8);
        }
        byte[] body = new byte[64 * 1024 + random.nextInt(256 * 1024)];
        random.nextBytes(body);
        return body;
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
