package org.jpulp.restapi.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jpulp.restapi.support.TestServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The content frontend over HTTP: files, ranges, content types, listings and everything it must refuse. */
@ExtendWith(EmbeddedMongoExtension.class)
class ContentFrontendTest {

    @TempDir
    static Path dir;
    @TempDir
    static Path outside;
    private static TestServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] ISO = new byte[200_000];

    @BeforeAll
    static void start(MongoDatabase db) throws IOException {
        Arrays.fill(ISO, (byte) 7);
        for (int i = 0; i < ISO.length; i += 1000) {
            ISO[i] = (byte) (i / 1000);
        }
        Path storage = dir;
        Path content = Files.createDirectories(storage.resolve("content/units/iso/ab"));
        Files.write(content.resolve("disk.iso"), ISO);
        Path master = Files.createDirectories(storage.resolve("published/iso/master/zoo/1"));
        Files.createSymbolicLink(master.resolve("disk.iso"), content.resolve("disk.iso"));
        Files.writeString(master.resolve("PULP_MANIFEST"), "disk.iso,abc,200000\n");
        Files.createDirectories(master.resolve("sub dir"));
        Files.writeString(master.resolve("sub dir/a&b.txt"), "hello");
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(master.resolve("escape.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(master.resolve("escape-dir"), outside);
        Path isos = Files.createDirectories(storage.resolve("published/http/isos"));
        Files.createSymbolicLink(isos.resolve("zoo"), master);
        Path repos = Files.createDirectories(storage.resolve("published/yum/http/repos/el/9"));
        Files.writeString(repos.resolve("repomd.xml"), "<repomd/>");
        Files.writeString(storage.resolve("published/http/top-secret.txt"), "not published under isos");
        server = TestServer.start(db, dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void serves_a_published_file_without_credentials_with_its_content_type() throws Exception {
        HttpResponse<byte[]> r = get("/pulp/isos/zoo/disk.iso");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(ISO);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/x-iso9660-image");
        assertThat(r.headers().firstValue("Content-Length")).contains("200000");
        assertThat(r.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get("/pulp/isos/zoo/PULP_MANIFEST").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/plain");
        HttpResponse<byte[]> repomd = get("/pulp/repos/el/9/repomd.xml");
        assertThat(repomd.statusCode()).isEqualTo(200);
        assertThat(repomd.headers().firstValue("Content-Type")).contains("application/xml");
        assertThat(new String(get("/pulp/isos/zoo/sub%20dir/a%26b.txt").body(), StandardCharsets.UTF_8))
                .isEqualTo("hello");
    }

    @Test
    void head_answers_the_headers_only() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/pulp/isos/zoo/disk.iso")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Length")).contains("200000");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void serves_one_byte_range_with_206() throws Exception {
        HttpResponse<byte[]> middle = get("/pulp/isos/zoo/disk.iso", "Range", "bytes=1000-1999");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(ISO, 1000, 2000));
        assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 1000-1999/200000");
        assertThat(middle.headers().firstValue("Content-Length")).contains("1000");

        HttpResponse<byte[]> open = get("/pulp/isos/zoo/disk.iso", "Range", "bytes=199990-");
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(ISO, 199_990, 200_000));
        HttpResponse<byte[]> suffix = get("/pulp/isos/zoo/disk.iso", "Range", "bytes=-5");
        assertThat(suffix.headers().firstValue("Content-Range")).contains("bytes 199995-199999/200000");
        HttpResponse<byte[]> clipped = get("/pulp/isos/zoo/disk.iso", "Range", "bytes=199999-300000");
        assertThat(clipped.body()).hasSize(1);
    }

    @Test
    void refuses_unsatisfiable_ranges_and_ignores_ones_it_does_not_serve() throws Exception {
        HttpResponse<byte[]> past = get("/pulp/isos/zoo/disk.iso", "Range", "bytes=200000-");
        assertThat(past.statusCode()).isEqualTo(416);
        assertThat(past.headers().firstValue("Content-Range")).contains("bytes */200000");

        assertThat(get("/pulp/isos/zoo/disk.iso", "Range", "bytes=0-1,5-6").statusCode()).isEqualTo(200);
        assertThat(get("/pulp/isos/zoo/disk.iso", "Range", "lines=1-2").statusCode()).isEqualTo(200);
        assertThat(get("/pulp/isos/zoo/disk.iso", "Range", "bytes=9-3").statusCode()).isEqualTo(200);
        assertThat(get("/pulp/isos/zoo/disk.iso", "Range", "bytes=0-9", "If-Range", "Mon, 01 Jan 2001 00:00:00 GMT")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void lists_directories_and_redirects_to_the_trailing_slash() throws Exception {
        HttpResponse<byte[]> listing = get("/pulp/isos/zoo/");
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(new String(listing.body(), StandardCharsets.UTF_8)).contains("href=\"disk.iso\"")
                .contains("href=\"PULP_MANIFEST\"").contains("href=\"sub%20dir/\"");
        assertThat(RawHttp.status(server.port(), "/pulp/isos/zoo")).isEqualTo(301);
    }

    @Test
    void answers_404_for_anything_missing() throws Exception {
        assertThat(get("/pulp/isos/zoo/missing.iso").statusCode()).isEqualTo(404);
        assertThat(get("/pulp/isos/nope/").statusCode()).isEqualTo(404);
        assertThat(get("/pulp/repos/el/8/repomd.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void never_serves_outside_the_published_tree() throws Exception {
        int port = server.port();
        assertThat(get("/pulp/isos/zoo/escape.txt").statusCode()).isEqualTo(404);
        assertThat(get("/pulp/isos/zoo/escape-dir/secret.txt").statusCode()).isEqualTo(404);
        for (String target : new String[] {"/pulp/isos/../http/top-secret.txt", "/pulp/isos/%2e%2e/top-secret.txt",
                "/pulp/isos/%2E%2E/top-secret.txt", "/pulp/isos/zoo/..%2f..%2f..%2ftop-secret.txt",
                "/pulp/isos/zoo/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fhttp%2ftop-secret.txt",
                "/pulp/isos/..%5ctop-secret.txt", "/pulp/isos/zoo/disk.iso%00", "/pulp/isos/%252e%252e/top-secret.txt",
                "/pulp/isos//etc/passwd", "/pulp/isos/zoo/../../top-secret.txt"}) {
            assertThat(RawHttp.status(port, target)).as(target).isIn(400, 404);
        }
    }
}
