package org.jpulp.plugin.rpm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.bson.types.Binary;

/**
 * A package's entries in primary.xml, filelists.xml and other.xml, kept on the rpm/srpm unit as Pulp 2 does
 * ({@code repodata}: {@code primary}, {@code filelists}, {@code other}, each zlib-compressed) so that a publish
 * concatenates them instead of rebuilding them.
 *
 * <p>Each snippet is one complete {@code <package>} element as createrepo_c writes it, embeddable in the file's
 * root element (primary: default namespace {@code common}, prefix {@code rpm:} for the rpm namespace). Values that
 * depend on the publishing repository are placeholders: in primary {@value #LOCATION} (the {@code location href}),
 * {@value #CHECKSUM_TYPE} and {@value #CHECKSUM} (the {@code <checksum>} element); in filelists and other
 * {@value #PKGID} (the {@code pkgid} attribute).
 */
public record PackageSnippets(String primary, String filelists, String other) {

    public static final String LOCATION = "{{location}}";
    public static final String CHECKSUM_TYPE = "{{checksumtype}}";
    public static final String CHECKSUM = "{{checksum}}";
    public static final String PKGID = "{{pkgid}}";

    public PackageSnippets {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(filelists, "filelists");
        Objects.requireNonNull(other, "other");
    }

    /** The value stored as the unit's {@code repodata} metadata field. */
    public Map<String, Object> toStored() {
        return Map.of("primary", deflate(primary), "filelists", deflate(filelists), "other", deflate(other));
    }

    /** Reads a stored {@code repodata} value (compressed bytes as stored, or plain text). */
    public static PackageSnippets fromStored(Object repodata) {
        if (!(repodata instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("repodata is not a document: " + repodata);
        }
        return new PackageSnippets(text(map.get("primary")), text(map.get("filelists")), text(map.get("other")));
    }

    public String primaryFor(String location, String checksumType, String checksum) {
        return primary.replace(LOCATION, location).replace(CHECKSUM_TYPE, checksumType).replace(CHECKSUM, checksum);
    }

    public String filelistsFor(String pkgid) {
        return filelists.replace(PKGID, pkgid);
    }

    public String otherFor(String pkgid) {
        return other.replace(PKGID, pkgid);
    }

    private static String text(Object stored) {
        if (stored instanceof String s) {
            return s;
        }
        if (stored instanceof Binary binary) {
            return inflate(binary.getData());
        }
        if (stored instanceof byte[] bytes) {
            return inflate(bytes);
        }
        throw new IllegalArgumentException("a repodata snippet is neither text nor compressed bytes: " + stored);
    }

    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 3 + 16);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("a stored repodata snippet is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("a stored repodata snippet is not zlib data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
