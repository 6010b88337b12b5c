package org.jpulp.common.download;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One file to fetch into {@code destination} (created or truncated). When {@code expectedSize} or
 * {@code expectedSha256} is set, the download fails unless the body matches; a body larger than the expected size is
 * cut off as soon as it exceeds it.
 *
 * @param label what the file is, for messages and listeners (e.g. the unit's name)
 */
public record DownloadRequest(URI url, Path destination, Long expectedSize, String expectedSha256, String label) {

    public DownloadRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(destination, "destination");
        if (expectedSize != null && expectedSize < 0) {
            throw new IllegalArgumentException("expectedSize must not be negative");
        }
        expectedSha256 = expectedSha256 == null ? null : expectedSha256.toLowerCase(Locale.ROOT);
        label = label == null ? url.toString() : label;
    }

    public static DownloadRequest of(URI url, Path destination) {
        return new DownloadRequest(url, destination, null, null, null);
    }
}
