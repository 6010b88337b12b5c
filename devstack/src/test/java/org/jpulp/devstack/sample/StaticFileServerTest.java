package org.jpulp.devstack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFileServerTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(StaticFileServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_sample_feed_is_generated_once_with_a_manifest_matching_its_files_and_a_yum_repository() throws Exception {
        Path feed = dir.resolve("sample");
        SampleFeed.ensure(feed);
        String manifest = Files.readString(feed.resolve(SampleFeed.MANIFEST));
        SampleFeed.ensure(feed);

        assertThat(Files.readString(feed.resolve(SampleFeed.MANIFEST))).isEqualTo(manifest);
        List<String> lines = manifest.lines().toList();
        assertThat(lines).hasSize(SampleFeed.FILES.size());
        for (String line : lines) {
            String[] f = line.split(",");
            byte[] body = Files.readAllBytes(feed.resolve(f[0]));
            assertThat(SampleFeed.sha256(body)).isEqualTo(f[1]);
            assertThat(body.length).isEqualTo(Integer.parseInt(f[2]));
        }
        assertThat(feed.resolve(SampleFeed.RPM_DIR).resolve("repodata/repomd.xml")).isRegularFile();
        assertThat(feed.resolve(SampleFeed.RPM_DIR).resolve("Packages/jpulp-hello-1.1-1.noarch.rpm")).isRegularFile();
    }

    @Test
    void serves_the_files_under_its_directory_and_nothing_else() throws Exception {
        Path feed = Files.createDirectories(dir.resolve("feed"));
        Files.writeString(feed.resolve("a.txt"), "a");
        Files.createDirectories(feed.resolve("sub"));
        Files.writeString(feed.resolve("sub/b.txt"), "b");
        Files.writeString(feed.resolve("sub/.hidden"), "h");
        Files.writeString(dir.resolve("secret"), "s");
        Files.createSymbolicLink(feed.resolve("sub/link"), dir.resolve("secret"));
        try (StaticFileServer server = new StaticFileServer(feed, "127.0.0.1", 0)) {
            HttpResponse<byte[]> a = get(server, "/a.txt");
            assertThat(a.statusCode()).isEqualTo(200);
            assertThat(new String(a.body(), StandardCharsets.UTF_8)).isEqualTo("a");
            assertThat(get(server, "/missing").statusCode()).isEqualTo(404);
            assertThat(get(server, "/sub").statusCode()).isEqualTo(404);
            assertThat(get(server, "/").statusCode()).isEqualTo(404);
            assertThat(get(server, "/%2e%2e/secret").statusCode()).isEqualTo(404);
            assertThat(get(server, "/sub/..%2f..%2fsecret").statusCode()).isEqualTo(404);
            assertThat(new String(get(server, "/sub/b.txt").body(), StandardCharsets.UTF_8)).isEqualTo("b");
            assertThat(get(server, "/sub/.hidden").statusCode()).isEqualTo(404);
            assertThat(get(server, "/sub//b.txt").statusCode()).isEqualTo(404);
            assertThat(get(server, "/sub/link").statusCode()).isEqualTo(404);
        }
    }
}
