package org.jpulp.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's apache2 with the shipped frontend configuration (images/frontend/httpd.conf, started by the frontend's
 * entrypoint exactly as in the image, only the paths and the port pointed at the test) serving a published tree
 * laid out as Pulp 2 lays it out: repositories symlinked into master directories, files symlinked into the
 * content store.
 */
class FrontendHttpdTest {

    private static final Path APACHE = Path.of("/usr/sbin/apache2");
    private static final String MASTER = "published/yum/master/yum_distributor/zoo/";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> apiRequest = new ConcurrentHashMap<>();
    private HttpServer api;
    private ScriptProcess httpd;
    private String base;

    @AfterEach
    void stop() {
        if (httpd != null) {
            httpd.close();
        }
        if (api != null) {
            api.stop(0);
        }
    }

    @Test
    void serves_the_published_yum_and_iso_trees_through_their_symlinks_and_passes_the_api_through() throws Exception {
        assumeTrue(Files.isExecutable(APACHE), "apache2 is not installed (Debian package apache2)");
        Path storage = dir.resolve("storage");
        byte[] rpm = randomBytes(300_000, 1);
        byte[] iso = randomBytes(1_048_576, 2);
        byte[] primary = gzip("<metadata packages=\"1\"><package type=\"rpm\"><name>bear</name></package></metadata>\n");
        String manifest = "test.iso," + sha256(iso) + "," + iso.length + "\n";

        Path rpmUnit = unit(storage, "rpm", "bear-4.1-1.noarch.rpm", rpm);
        Path isoUnit = unit(storage, "iso", "test.iso", iso);
        Path master = storage.resolve(MASTER + "1556704800.42");
        link(master.resolve("Packages/b/bear-4.1-1.noarch.rpm"), rpmUnit);
        write(master.resolve("repodata/repomd.xml"), "<repomd revision=\"1\"/>\n".getBytes(StandardCharsets.UTF_8));
        write(master.resolve("repodata/0123abcd-primary.xml.gz"), primary);
        publish(storage.resolve("published/yum/http/repos/pub/zoo"), master);
        write(storage.resolve("published/yum/http/repos/listing"), "pub".getBytes(StandardCharsets.UTF_8));
        // served over HTTPS only in Pulp 2: never by this plain-HTTP frontend
        publish(storage.resolve("published/yum/https/repos/secret/zoo"), master);
        Path isoRepo = storage.resolve("published/http/isos/file-repo");
        write(isoRepo.resolve("PULP_MANIFEST"), manifest.getBytes(StandardCharsets.UTF_8));
        link(isoRepo.resolve("test.iso"), isoUnit);
        readableByAll(dir);

        startApi();
        startHttpd(storage);

        HttpResponse<byte[]> r = get("/pulp/repos/pub/zoo/Packages/b/bear-4.1-1.noarch.rpm");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(rpm);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/x-rpm");
        assertThat(r.headers().firstValue("Accept-Ranges")).contains("bytes");

        r = get("/pulp/repos/pub/zoo/repodata/repomd.xml");
        assertThat(r.headers().firstValue("Content-Type")).contains("application/xml");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("revision=\"1\"");

        r = get("/pulp/repos/pub/zoo/repodata/0123abcd-primary.xml.gz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/gzip");
        assertThat(r.headers().firstValue("Content-Encoding")).as("stored gzip is a type, not an encoding").isEmpty();
        assertThat(r.body()).isEqualTo(primary);

        r = get("/pulp/repos/pub/zoo/Packages/b/bear-4.1-1.noarch.rpm", "Range", "bytes=1000-1999");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.headers().firstValue("Content-Range")).contains("bytes 1000-1999/" + rpm.length);
        assertThat(r.body()).isEqualTo(Arrays.copyOfRange(rpm, 1000, 2000));

        r = get("/pulp/isos/file-repo/test.iso");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/x-iso9660-image");
        assertThat(r.body()).isEqualTo(iso);
        r = get("/pulp/isos/file-repo/test.iso", "Range", "bytes=-100");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.body()).isEqualTo(Arrays.copyOfRange(iso, iso.length - 100, iso.length));
        r = get("/pulp/isos/file-repo/PULP_MANIFEST");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(manifest);

        r = get("/pulp/repos/pub/zoo/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("href=\"Packages/\"", "href=\"repodata/\"");
        r = get("/pulp/repos/pub/zoo");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/pulp/repos/pub/zoo/"));
        assertThat(new String(get("/pulp/repos/listing").body(), StandardCharsets.UTF_8)).isEqualTo("pub");

        assertThat(get("/pulp/repos/secret/zoo/repodata/repomd.xml").statusCode()).as("the HTTPS tree").isEqualTo(404);
        assertThat(get("/pulp/content/units/").statusCode()).as("the content store itself: outside any alias, denied")
                .isEqualTo(403);
        assertThat(get("/pulp/repos/pub/zoo/../../../../content/units/").statusCode()).as("no way out of the trees")
                .isNotEqualTo(200);

        // a new publish switches the repository's symlink atomically; the next request sees it
        Path next = storage.resolve(MASTER + "1556704900.00");
        link(next.resolve("Packages/b/bear-4.1-1.noarch.rpm"), rpmUnit);
        write(next.resolve("repodata/repomd.xml"), "<repomd revision=\"2\"/>\n".getBytes(StandardCharsets.UTF_8));
        readableByAll(dir);
        publish(storage.resolve("published/yum/http/repos/pub/zoo"), next);
        assertThat(new String(get("/pulp/repos/pub/zoo/repodata/repomd.xml").body(), StandardCharsets.UTF_8))
                .contains("revision=\"2\"");

        r = get("/pulp/api/v2/status/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"api_version\":\"2\"}");
        assertThat(apiRequest).containsEntry("path", "/pulp/api/v2/status/").containsEntry("x-forwarded-proto", "http")
                .containsEntry("x-forwarded-for", "127.0.0.1").containsEntry("host", URI.create(base).getAuthority());

        httpd.terminate();
        assertThat(httpd.awaitExit(Duration.ofSeconds(20))).as(httpd.output()).isZero();
        assertThat(httpd.stdout()).as("access log, one line per request")
                .containsPattern("\"GET /pulp/repos/pub/zoo/Packages/b/bear-4.1-1.noarch.rpm HTTP/1.1\" 206 1000 ");
        assertThat(httpd.stderr()).doesNotContain("AH00558"); // ServerName is set
    }

    private void startApi() throws IOException {
        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/pulp/api/", x -> {
            apiRequest.put("path", x.getRequestURI().getPath());
            x.getRequestHeaders().forEach((k, v) -> apiRequest.put(k.toLowerCase(), String.join(",", v)));
            byte[] body = "{\"api_version\":\"2\"}".getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        api.start();
    }

    private void startHttpd(Path storage) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.put("JPULP_LIB", Repo.LIB.toString());
        env.put("JPULP_STORAGE", storage.toString());
        env.put("JPULP_HTTPD_CONF", Repo.IMAGES.resolve("frontend/httpd.conf").toString());
        env.put("JPULP_HTTPD_LISTEN", "127.0.0.1:" + port);
        env.put("JPULP_HTTPD_RUNDIR", dir.resolve("run").toString());
        env.put("JPULP_REST_API_URL", "http://127.0.0.1:" + api.getAddress().getPort());
        env.put("PULP_SERVER_NAME", "pulp.test");
        // started as root (as here), httpd hands the requests to children running as this user
        List<String> user = runningAsRoot() ? List.of("nobody", groupExists("nogroup") ? "nogroup" : "nobody")
                : List.of(command("id", "-un"), command("id", "-gn"));
        env.put("JPULP_HTTPD_USER", user.get(0));
        env.put("JPULP_HTTPD_GROUP", user.get(1));
        httpd = ScriptProcess.start("frontend", dir.resolve("logs"), Repo.entrypoint("frontend"), env);
        base = "http://127.0.0.1:" + port;
        await("httpd to answer /healthz").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .failFast(() -> {
                    if (!httpd.isAlive()) {
                        throw new AssertionError("httpd exited:\n" + httpd.output());
                    }
                })
                .ignoreExceptions().until(() -> get("/healthz").statusCode() == 204);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Stores a unit as Pulp 2 does: content/units/<type>/<h[0:2]>/<h[2:]>/<file>, h the digest of its key. */
    private static Path unit(Path storage, String type, String file, byte[] bytes) throws Exception {
        String h = sha256(file.getBytes(StandardCharsets.UTF_8));
        Path path = storage.resolve("content/units").resolve(type).resolve(h.substring(0, 2)).resolve(h.substring(2)).resolve(file);
        write(path, bytes);
        return path;
    }

    /** Points {@code link} at {@code target} atomically: a new symlink renamed over the old, as a publish does. */
    private static void publish(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Path temporary = link.resolveSibling("." + link.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, target);
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** The frontend's children may run under another user (nobody, when the tests run as root). */
    private static void readableByAll(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private static boolean runningAsRoot() throws IOException {
        return command("id", "-u").equals("0");
    }

    private static boolean groupExists(String group) throws IOException {
        return Files.readAllLines(Path.of("/etc/group")).stream().anyMatch(l -> l.startsWith(group + ":"));
    }

    private static String command(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
