package org.jpulp.restapi.content;

import java.util.Locale;
import java.util.Map;

/** The {@code Content-Type} of a served file, by name: what Pulp's httpd serves for repository content. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("iso", "application/x-iso9660-image"),
            Map.entry("img", "application/octet-stream"),
            Map.entry("rpm", "application/x-rpm"),
            Map.entry("xml", "application/xml"),
            Map.entry("gz", "application/gzip"),
            Map.entry("bz2", "application/x-bzip2"),
            Map.entry("xz", "application/x-xz"),
            Map.entry("zst", "application/zstd"),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("asc", "text/plain; charset=utf-8"),
            Map.entry("sqlite", "application/octet-stream"),
            Map.entry("tar", "application/x-tar"),
            Map.entry("zip", "application/zip"));

    private ContentTypes() {
    }

    static String of(String fileName) {
        if (fileName.equals("PULP_MANIFEST")) {
            return "text/plain; charset=utf-8";
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
    }
}
