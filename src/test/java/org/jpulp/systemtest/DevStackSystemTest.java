package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.jpulp.testing.rpm.Dnf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack as the README runs it ({@code jpulp-devstack up/down}, which {@code ./jpulp} wraps): healthy
 * after {@code up}, a launcher killed half way does not block the next {@code up}, {@code down} stops every
 * process, and a second {@code up} finds the data of the first. {@code up} also mirrors the sample file
 * repository and the sample yum repository and serves them at the URLs it prints; dnf reads the yum one.
 */
class DevStackSystemTest {

    @TempDir
    Path home;

    private final List<String> portOptions = new ArrayList<>();

    @AfterEach
    void down() {
        devstack("down").awaitExit(Duration.ofSeconds(120));
    }

    private RoleProcess devstack(String command) {
        List<String> args = new ArrayList<>(List.of(command, "--root", Executables.ROOT.toString(), "--home",
                home.toString()));
        args.addAll(portOptions);
        return RoleProcess.start("devstack-" + command, home.resolve("test-logs"), Map.of(), Executables.devstack(),
                args.toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void up_survives_a_crashed_launcher_down_stops_everything_and_data_is_kept() throws Exception {
        int mongoPort = freePort();
        int httpPort = freePort();
        portOptions.addAll(List.of("--mongo-port", String.valueOf(mongoPort), "--amqp-port", String.valueOf(freePort()),
                "--http-port", String.valueOf(httpPort), "--sample-port", String.valueOf(freePort())));

        RoleProcess crashing = devstack("up");
        crashing.awaitOutput("beat               started", Duration.ofSeconds(120));
        crashing.kill();
        crashing.awaitExit(Duration.ofSeconds(10));

        RoleProcess up = devstack("up");
        assertThat(up.awaitExit(Duration.ofSeconds(240))).as(up.output()).isZero();
        assertThat(up.output()).contains("already running", "jpulp is up", "admin / admin",
                "http://127.0.0.1:" + httpPort + "/pulp/api/v2/");
        assertThat(new StatusClient("http://127.0.0.1:" + httpPort).knownWorkers()).hasSize(4);
        String sampleUrl = "http://127.0.0.1:" + httpPort + "/pulp/isos/sample-iso/";
        assertThat(up.output()).contains("sample repo  " + sampleUrl);
        assertSampleServed(sampleUrl);
        String yumUrl = "http://127.0.0.1:" + httpPort + "/pulp/repos/sample-rpm/";
        assertThat(up.output()).contains("sample repo  " + yumUrl,
                "dnf --repofrompath=sample-rpm," + yumUrl + " --repo=sample-rpm --nogpgcheck install jpulp-hello");
        assertThat(new Dnf(home.resolve("dnf"), yumUrl).nevras())
                .containsExactly("jpulp-hello-0:1.0-1.noarch", "jpulp-hello-0:1.1-1.noarch", "jpulp-motd-1:2.0-1.noarch");
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            marks(client).insertOne(new Document("_id", "kept across restarts"));
        }
        List<ProcessHandle> running = runningProcesses();
        assertThat(running).hasSize(8);

        RoleProcess down = devstack("down");
        assertThat(down.awaitExit(Duration.ofSeconds(120))).as(down.output()).isZero();
        assertThat(down.output()).doesNotContain("killed");
        assertThat(running).noneMatch(ProcessHandle::isAlive);
        assertThat(runningProcesses()).isEmpty();

        RoleProcess again = devstack("up");
        assertThat(again.awaitExit(Duration.ofSeconds(240))).as(again.output()).isZero();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            assertThat(marks(client).countDocuments(new Document("_id", "kept across restarts"))).isEqualTo(1);
            assertThat(client.getDatabase("pulp_database").getCollection("users").countDocuments()).isEqualTo(1);
        }
        assertSampleServed("http://127.0.0.1:" + httpPort + "/pulp/isos/sample-iso/");
    }

    /** Every file of the generated sample feed is served at {@code url} with the same bytes. */
    private void assertSampleServed(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> manifest = Files.readAllLines(home.resolve("sample/PULP_MANIFEST"));
        assertThat(manifest).isNotEmpty();
        for (String line : manifest) {
            String name = line.split(",")[0];
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url + name)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(name).isEqualTo(200);
            assertThat(r.body()).as(name).isEqualTo(Files.readAllBytes(home.resolve("sample").resolve(name)));
        }
    }

    private static MongoCollection<Document> marks(MongoClient client) {
        return client.getDatabase("pulp_database").getCollection("devstack_test_marks");
    }

    private List<ProcessHandle> runningProcesses() throws IOException {
        Path run = home.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> pidFiles = Files.list(run)) {
            return pidFiles.map(f -> {
                try {
                    return ProcessHandle.of(Long.parseLong(Files.readString(f).strip().split(" ")[0]));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).flatMap(java.util.Optional::stream).filter(ProcessHandle::isAlive).toList();
        }
    }
}
