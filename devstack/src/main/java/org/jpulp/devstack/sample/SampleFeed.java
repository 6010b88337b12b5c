package org.jpulp.devstack.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private SampleFeed() {
    }

    /** Writes the sample files and manifest into {@code dir} unless the manifest is already there. */
    public static void ensure(Path dir) {
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
            Files.move(tmp, dir.resolve(MANIFEST), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
