package org.jpulp.common.download;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Building download URLs from a feed and relative names taken from remote metadata. */
public final class Urls {

    private static final String UNRESERVED_PATH = "-._~!$&'()*+,;=:@";

    private Urls() {
    }

    /**
     * A feed as a base URL ending with {@code /}; only {@code http} and {@code https} with a host are accepted.
     *
     * @throws IllegalArgumentException naming the feed and the problem
     */
    public static URI feedBase(String feed) {
        URI uri;
        try {
            uri = new URI(feed.endsWith("/") ? feed : feed + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("feed '" + feed + "' is not a valid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("feed '" + feed + "' must be an http or https URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("feed '" + feed + "' has no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("feed '" + feed + "' must not have a query or fragment");
        }
        return uri;
    }

    /** {@code base} + the relative path, each segment percent-encoded (so {@code a b/c#d} stays one path). */
    public static URI resolve(URI base, String relativePath) {
        StringBuilder encoded = new StringBuilder();
        String[] segments = relativePath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                encoded.append('/');
            }
            encodeSegment(segments[i], encoded);
        }
        return URI.create(base.toString() + encoded);
    }

    private static void encodeSegment(String segment, StringBuilder out) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (c < 0x80 && UNRESERVED_PATH.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
    }
}
