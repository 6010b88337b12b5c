package org.jpulp.plugin.iso.testbed;

import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.jpulp.common.download.Urls;
import org.jpulp.testing.http.FixtureServer;

/** Generated files and their {@code PULP_MANIFEST}, served by a {@link FixtureServer} under {@code /<path>/}. */
public final class Feed {

    private final FixtureServer server;
    private final String path;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private long seed = 1;

    public Feed(FixtureServer server, String path) {
        this.server = server;
        this.path = path;
    }

    public URI url() {
        return server.uri("/" + path + "/");
    }

    public String manifestPath() {
        return "/" + path + "/PULP_MANIFEST";
    }

    /** The raw (percent-encoded) request path of a file. */
    public String filePath(String name) {
        return Urls.resolve(URI.create("http://feed/" + path + "/"), name).getRawPath();
    }

    /** Adds (or replaces) a file of random bytes and republishes the manifest. */
    public Feed add(String name, int size) {
        byte[] body = new byte[size];
        new Random(seed++).nextBytes(body);
        return put(name, body);
    }

    public Feed put(String name, byte[] body) {
        files.put(name, body);
        server.put(filePath(name), body);
        return publishManifest();
    }

    public Feed remove(String name) {
        files.remove(name);
        server.remove(filePath(name));
        return publishManifest();
    }

    public Feed publishManifest() {
        server.put(manifestPath(), manifest());
        return this;
    }

    public String manifest() {
        StringBuilder m = new StringBuilder();
        files.forEach((name, body) -> m.append(csv(name)).append(',').append(sha256(body)).append(',')
                .append(body.length).append('\n'));
        return m.toString();
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    public Map<String, byte[]> files() {
        return Map.copyOf(files);
    }

    public byte[] file(String name) {
        return files.get(name);
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
