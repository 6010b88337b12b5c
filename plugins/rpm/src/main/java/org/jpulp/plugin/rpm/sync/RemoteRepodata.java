package org.jpulp.plugin.rpm.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.download.DownloadException;
import org.jpulp.common.download.DownloadListener;
import org.jpulp.common.download.DownloadOutcome;
import org.jpulp.common.download.DownloadRequest;
import org.jpulp.common.download.Downloader;
import org.jpulp.common.download.Urls;
import org.jpulp.plugin.rpm.repodata.Checksums;
import org.jpulp.plugin.rpm.repodata.Decompression;
import org.jpulp.plugin.rpm.repodata.RepodataException;
import org.jpulp.plugin.rpm.repodata.Repomd;

/**
 * A feed's {@code repodata/}: fetches repomd.xml, then the metadata files it lists into the task's working directory,
 * each checked against its size and checksum; opens them decompressed with their open-size and open-checksum checked.
 */
final class RemoteRepodata {

    private final Downloader downloader;
    private static final int MAX_MIRRORS = 1000;

    private URI feed;
    private final Path dir;
    private final Map<String, Path> files = new LinkedHashMap<>();
    private Repomd repomd;
    private String repomdSha256;

    RemoteRepodata(Downloader downloader, URI feed, Path dir) {
        this.downloader = downloader;
        this.feed = feed;
        this.dir = dir;
    }

    /**
     * Fetches and parses {@code <feed>/repodata/repomd.xml}; when that fails, reads the feed as a mirrorlist (one URL
     * per line, {@code #} comments, an optional {@code word=} prefix) and uses the first mirror, in random order,
     * that has a valid repomd.xml (reference §2.2). The feed then is that mirror.
     */
    Repomd repomd() throws IOException {
        try {
            return repomdAt(feed);
        } catch (RepodataException first) {
            List<URI> mirrors = mirrors();
            if (mirrors.isEmpty()) {
                throw first;
            }
            java.util.Collections.shuffle(mirrors);
            RepodataException last = first;
            for (URI mirror : mirrors) {
                try {
                    Repomd found = repomdAt(mirror);
                    feed = mirror;
                    return found;
                } catch (RepodataException e) {
                    last = e;
                }
            }
            throw last;
        }
    }

    private List<URI> mirrors() throws IOException {
        Path file = dir.resolve("mirrorlist");
        String list = feed.toString();
        URI url = URI.create(list.endsWith("/") ? list.substring(0, list.length() - 1) : list);
        try {
            downloader.fetch(DownloadRequest.of(url, file));
        } catch (DownloadException | IllegalArgumentException e) {
            return new ArrayList<>();
        }
        List<URI> mirrors = new ArrayList<>();
        try (java.io.BufferedReader lines = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null && mirrors.size() < MAX_MIRRORS;
                 line = lines.readLine()) {
                String mirror = line.trim().replaceFirst("^[A-Za-z_]+=", "");
                if (!line.trim().startsWith("#") && mirror.matches("https?://\\S+")) {
                    try {
                        mirrors.add(Urls.feedBase(mirror));
                    } catch (IllegalArgumentException e) {
                        // not a usable mirror URL
                    }
                }
            }
        } catch (java.nio.charset.CharacterCodingException | java.io.UncheckedIOException e) {
            return new ArrayList<>();
        } finally {
            Files.deleteIfExists(file);
        }
        return mirrors;
    }

    private Repomd repomdAt(URI base) throws IOException {
        Path file = Files.createDirectories(dir).resolve("repomd.xml");
        URI url = Urls.resolve(base, "repodata/repomd.xml");
        try {
            repomdSha256 = downloader.fetch(DownloadRequest.of(url, file)).sha256();
        } catch (DownloadException e) {
            throw new RepodataException("Error retrieving metadata: " + url + ": " + e.reason() + " (RPM1004)", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            repomd = Repomd.read(in);
        } catch (RepodataException e) {
            throw new RepodataException(e.getMessage() + " (" + url + ", RPM1006)", e);
        }
        return repomd;
    }

    Downloader downloader() {
        return downloader;
    }

    URI feed() {
        return feed;
    }

    String repomdSha256() {
        return repomdSha256;
    }

    /** Fetches these entries concurrently; fails naming the first file that could not be fetched or verified. */
    void fetch(List<Repomd.Entry> entries) throws IOException {
        List<DownloadRequest> requests = new ArrayList<>();
        Map<String, Repomd.Entry> byLabel = new LinkedHashMap<>();
        for (Repomd.Entry e : entries) {
            Path target = dir.resolve(e.type() + "-" + e.basename());
            requests.add(new DownloadRequest(Urls.resolve(feed, e.location()), target, e.size(),
                    e.checksumType().equals("sha256") ? e.checksum() : null, e.type()));
            byLabel.put(e.type(), e);
        }
        List<DownloadOutcome> outcomes = downloader.fetchAll(requests, DownloadListener.NONE);
        for (DownloadOutcome o : outcomes) {
            Repomd.Entry e = byLabel.get(o.request().label());
            if (!o.succeeded()) {
                throw new RepodataException("Error retrieving metadata: the " + e.type() + " metadata "
                        + o.request().url() + " could not be fetched: " + o.error().reason());
            }
            Path file = o.request().destination();
            if (!e.checksumType().equals("sha256")) {
                String actual = Checksums.of(file, e.checksumType());
                if (!actual.equalsIgnoreCase(e.checksum())) {
                    throw new RepodataException("the " + e.type() + " metadata " + o.request().url()
                            + " failed verification: its " + e.checksumType() + " checksum is " + actual
                            + ", repomd.xml says " + e.checksum());
                }
            }
            files.put(e.type(), file);
        }
    }

    Path file(String type) {
        return files.get(type);
    }

    /** The decompressed content of a fetched entry; reading it to the end checks open-size and open-checksum. */
    InputStream open(String type) throws IOException {
        Repomd.Entry e = repomd.entry(type).orElseThrow();
        Path file = files.get(type);
        MessageDigest digest = e.openChecksum() == null ? null : Checksums.digest(e.openChecksumType());
        String what = "the " + type + " metadata " + e.location();
        InputStream in = Decompression.open(Files.newInputStream(file), Files.size(file), e.openSize(), digest, what);
        return digest == null ? in : new OpenChecksumCheck(in, digest, e.openChecksum(), what);
    }

    /** Checks the open-checksum when the stream has been read to its end. */
    private static final class OpenChecksumCheck extends java.io.FilterInputStream {
        private final MessageDigest digest;
        private final String expected;
        private final String what;
        private boolean checked;

        OpenChecksumCheck(InputStream in, MessageDigest digest, String expected, String what) {
            super(in);
            this.digest = digest;
            this.expected = expected;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            check(b < 0);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            check(n < 0);
            return n;
        }

        private void check(boolean atEnd) {
            if (atEnd && !checked) {
                checked = true;
                String actual = Checksums.hex(digest);
                if (!actual.equalsIgnoreCase(expected)) {
                    throw new RepodataException(what + " failed verification: its decompressed content has the "
                            + "checksum " + actual + ", repomd.xml says " + expected);
                }
            }
        }
    }
}
