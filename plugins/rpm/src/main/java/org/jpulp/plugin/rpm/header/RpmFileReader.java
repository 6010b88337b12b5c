package org.jpulp.plugin.rpm.header;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.packager.rpm.RpmSignatureTag;
import org.eclipse.packager.rpm.RpmTag;
import org.eclipse.packager.rpm.parse.InputHeader;
import org.eclipse.packager.rpm.parse.RpmInputStream;

/**
 * Reads an RPM or SRPM file with Eclipse Packager: the lead, the signature header and the main header (never the
 * payload, so every payload compression is fine), plus the file's size, mtime and md5/sha1/sha256. Header sizes are
 * checked first ({@link HeaderBounds}), so a crafted file cannot make the reader exhaust memory.
 */
public final class RpmFileReader {

    private static final int NAME = 1000;
    private static final int VERSION = 1001;
    private static final int RELEASE = 1002;
    private static final int EPOCH = 1003;
    private static final int SUMMARY = 1004;
    private static final int DESCRIPTION = 1005;
    private static final int BUILDTIME = 1006;
    private static final int BUILDHOST = 1007;
    private static final int SIZE = 1009;
    private static final int VENDOR = 1011;
    private static final int LICENSE = 1014;
    private static final int PACKAGER = 1015;
    private static final int GROUP = 1016;
    private static final int URL = 1020;
    private static final int ARCH = 1022;
    private static final int FILEMODES = 1030;
    private static final int FILEFLAGS = 1037;
    private static final int SOURCERPM = 1044;
    private static final int ARCHIVESIZE = 1046;
    private static final int CHANGELOGTIME = 1080;
    private static final int CHANGELOGNAME = 1081;
    private static final int CHANGELOGTEXT = 1082;
    private static final int SOURCEPACKAGE = 1106;
    private static final int DIRINDEXES = 1116;
    private static final int BASENAMES = 1117;
    private static final int DIRNAMES = 1118;
    private static final int LONGSIZE = 5009;
    private static final int MODULARITYLABEL = 5096;
    private static final int SIG_LONGARCHIVESIZE = 271;
    private static final int SIG_PAYLOADSIZE = 1007;

    private static final int FILE_GHOST = 1 << 6;
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;

    private RpmFileReader() {
    }

    public static RpmPackage read(Path file) throws IOException, RpmFileException {
        HeaderBounds.check(file);
        Map<String, String> checksums = checksums(file);
        long size = Files.size(file);
        long mtime = Files.getLastModifiedTime(file).toMillis() / 1000;
        try (HeaderStream in = new HeaderStream(new BufferedInputStream(Files.newInputStream(file)))) {
            in.readHeaders();
            return toPackage(new HeaderTags(in.header), new HeaderTags(in.signature), in.header, size, mtime,
                    checksums);
        } catch (RuntimeException | IOException e) {
            throw new RpmFileException(describe(e), e);
        }
    }

    private static RpmPackage toPackage(HeaderTags h, HeaderTags sig, InputHeader<RpmTag> header, long size,
                                        long mtime, Map<String, String> checksums) throws RpmFileException {
        String name = h.string(NAME);
        String version = h.string(VERSION);
        String release = h.string(RELEASE);
        if (name == null || version == null || release == null) {
            throw new RpmFileException("its header has no name, version or release");
        }
        boolean source = h.has(SOURCEPACKAGE);
        Long epoch = h.number(EPOCH);
        List<PackageFileEntry> files = files(h);
        long installed = h.has(LONGSIZE) ? h.number(LONGSIZE) : orZero(h.number(SIZE));
        Long archive = h.has(ARCHIVESIZE) ? h.number(ARCHIVESIZE)
                : sig.has(SIG_LONGARCHIVESIZE) ? sig.number(SIG_LONGARCHIVESIZE) : sig.number(SIG_PAYLOADSIZE);
        return new RpmPackage(name, epoch == null ? "0" : epoch.toString(), version, release,
                source ? "src" : h.string(ARCH), source, h.string(SUMMARY), h.string(DESCRIPTION), h.string(PACKAGER),
                h.string(URL), h.string(LICENSE), h.string(VENDOR), h.string(GROUP), h.string(BUILDHOST),
                h.string(SOURCERPM), orZero(h.number(BUILDTIME)), installed, orZero(archive), header.getStart(),
                header.getStart() + header.getLength(), DependencyReader.read(h, files), files, changelog(h),
                SigningKeys.shortKeyId(sig), h.has(MODULARITYLABEL), size, mtime, checksums);
    }

    private static List<PackageFileEntry> files(HeaderTags h) {
        List<String> basenames = h.strings(BASENAMES);
        List<Long> indexes = h.numbers(DIRINDEXES);
        List<String> dirnames = h.strings(DIRNAMES);
        List<Long> modes = h.numbers(FILEMODES);
        List<Long> flags = h.numbers(FILEFLAGS);
        List<PackageFileEntry> files = new ArrayList<>();
        int n = Math.min(basenames.size(), Math.min(indexes.size(), Math.min(modes.size(), flags.size())));
        for (int i = 0; i < n; i++) {
            int dir = (int) (long) indexes.get(i);
            String path = (dir < dirnames.size() ? dirnames.get(dir) : "") + basenames.get(i);
            String type = (modes.get(i) & S_IFMT) == S_IFDIR ? "dir"
                    : (flags.get(i) & FILE_GHOST) != 0 ? "ghost" : "file";
            files.add(new PackageFileEntry(path, type));
        }
        return files;
    }

    private static List<ChangelogEntry> changelog(HeaderTags h) {
        List<Long> times = h.numbers(CHANGELOGTIME);
        List<String> names = h.strings(CHANGELOGNAME);
        List<String> texts = h.strings(CHANGELOGTEXT);
        List<ChangelogEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(times.size(), Math.min(names.size(), texts.size())); i++) {
            entries.add(new ChangelogEntry(names.get(i), times.get(i), texts.get(i)));
        }
        return entries;
    }

    private static long orZero(Long n) {
        return n == null ? 0 : n;
    }

    private static Map<String, String> checksums(Path file) throws IOException {
        Map<String, MessageDigest> digests = new LinkedHashMap<>();
        try {
            digests.put("md5", MessageDigest.getInstance("MD5"));
            digests.put("sha1", MessageDigest.getInstance("SHA-1"));
            digests.put("sha256", MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks a standard digest", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (MessageDigest d : digests.values()) {
                    d.update(buffer, 0, n);
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        digests.forEach((type, d) -> out.put(type, HexFormat.of().formatHex(d.digest())));
        return out;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Reads the lead and both headers through the library's own header reader, leaving the payload alone. */
    private static final class HeaderStream extends RpmInputStream {
        InputHeader<RpmSignatureTag> signature;
        InputHeader<RpmTag> header;

        HeaderStream(InputStream in) {
            super(in);
        }

        void readHeaders() throws IOException {
            readLead();
            signature = readHeader(true);
            header = readHeader(false);
        }
    }
}
