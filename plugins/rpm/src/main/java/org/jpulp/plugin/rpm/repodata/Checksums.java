package org.jpulp.plugin.rpm.repodata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Yum's checksum type names ({@code sha} is sha1, as Pulp 2 sanitizes it) and digests over files. */
public final class Checksums {

    public static final List<String> TYPES = List.of("md5", "sha1", "sha224", "sha256", "sha384", "sha512");
    private static final Map<String, String> ALGORITHMS = Map.of("md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224",
            "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    private Checksums() {
    }

    /** The canonical name of a checksum type ({@code sha} → {@code sha1}); fails for unknown types. */
    public static String sanitize(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.equals("sha")) {
            t = "sha1";
        }
        if (!ALGORITHMS.containsKey(t)) {
            throw new RepodataException("unsupported checksum type '" + type + "' (supported: "
                    + String.join(", ", TYPES) + ", sha)");
        }
        return t;
    }

    public static MessageDigest digest(String type) {
        try {
            return MessageDigest.getInstance(ALGORITHMS.get(sanitize(type)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + type, e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(Path file, String type) throws IOException {
        MessageDigest digest = digest(type);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest);
    }
}
