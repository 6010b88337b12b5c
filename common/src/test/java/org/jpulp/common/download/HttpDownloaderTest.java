package org.jpulp.common.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jpulp.common.testsupport.RecordingSleeper;
import org.jpulp.testing.http.Fault;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.http.ForwardProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpDownloaderTest {

    private static final byte[] BODY = bytes(1000, 1);

    @TempDir
    Path tmp;
    private FixtureServer server;
    private final RecordingSleeper sleeper = RecordingSleeper.recording();
    private final AtomicBoolean canceled = new AtomicBoolean();

    @BeforeEach
    void start() {
        server = FixtureServer.http().put("/f/a.iso", BODY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpDownloader downloader(DownloadOptions.Builder options) {
        return new HttpDownloader(options.build(), canceled::get, sleeper);
    }

    private HttpDownloader downloader() {
        return downloader(DownloadOptions.builder());
    }

    private DownloadRequest request(String path, Long size, String sha256) {
        return new DownloadRequest(server.uri(path), tmp.resolve("out-" + path.replace('/', '_')), size, sha256,
                path);
    }

    @Test
    void streams_the_body_to_the_destination_and_checks_size_and_sha256() throws Exception {
        try (HttpDownloader d = downloader()) {
            DownloadResult r = d.fetch(request("/f/a.iso", 1000L, sha256(BODY)));

            assertThat(r.size()).isEqualTo(1000);
            assertThat(r.sha256()).isEqualTo(sha256(BODY));
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(Files.readAllBytes(r.request().destination())).isEqualTo(BODY);
        }
    }

    @Test
    void a_404_fails_at_once_naming_the_url_and_status() {
        try (HttpDownloader d = downloader()) {
            assertThatThrownBy(() -> d.fetch(request("/f/missing.iso", null, null)))
                    .isInstanceOfSatisfying(DownloadException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.retryable()).isFalse();
                    })
                    .hasMessage(server.uri("/f/missing.iso") + ": HTTP 404 Not Found");
        }
        assertThat(server.requests("/f/missing.iso")).isEqualTo(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void server_errors_are_retried_with_exponential_backoff() throws Exception {
        server.fault("/f/a.iso", Fault.status(503), 2);

        try (HttpDownloader d = downloader()) {
            DownloadResult r = d.fetch(request("/f/a.iso", 1000L, sha256(BODY)));

            assertThat(r.attempts()).isEqualTo(3);
        }
        assertThat(server.requests("/f/a.iso")).isEqualTo(3);
        assertThat(sleeper.total()).isEqualTo(Duration.ofMillis(500 + 1000));
    }

    @Test
    void gives_up_after_the_last_attempt_and_says_so() {
        server.fault("/f/a.iso", Fault.status(500));

        try (HttpDownloader d = downloader()) {
            assertThatThrownBy(() -> d.fetch(request("/f/a.iso", null, null)))
                    .hasMessage(server.uri("/f/a.iso") + ": HTTP 500 Internal Server Error (gave up after 4 attempts)");
        }
        assertThat(server.requests("/f/a.iso")).isEqualTo(4);
    }

    @Test
    void connection_errors_are_retried() {
        URI closed = server.uri("/f/a.iso");
        server.close();

        try (HttpDownloader d = downloader()) {
            assertThatThrownBy(() -> d.fetch(new DownloadRequest(closed, tmp.resolve("x"), null, null, null)))
                    .hasMessageStartingWith(closed + ": cannot connect")
                    .hasMessageEndingWith("(gave up after 4 attempts)");
        }
        assertThat(sleeper.total()).isEqualTo(Duration.ofMillis(500 + 1000 + 2000));
    }

    @Test
    void a_body_cut_short_is_detected_and_retried() throws Exception {
        server.fault("/f/a.iso", Fault.truncate(100), 1);

        try (HttpDownloader d = downloader()) {
            DownloadResult r = d.fetch(request("/f/a.iso", 1000L, sha256(BODY)));

            assertThat(r.attempts()).isEqualTo(2);
            assertThat(Files.readAllBytes(r.request().destination())).isEqualTo(BODY);
        }
    }

    @Test
    void a_body_always_cut_short_fails_as_truncated() {
        server.fault("/f/a.iso", Fault.truncate(100));

        try (HttpDownloader d = downloader(DownloadOptions.builder()
                .retry(new RetryPolicy(2, Duration.ZERO, Duration.ZERO)))) {
            assertThatThrownBy(() -> d.fetch(request("/f/a.iso", null, null)))
                    .hasMessageStartingWith(server.uri("/f/a.iso") + ": truncated: received 100 of 1000 bytes")
                    .hasMessageEndingWith("(gave up after 2 attempts)");
        }
    }

    @Test
    void size_and_checksum_mismatches_fail_without_retrying() throws Exception {
        server.put("/f/short.iso", bytes(900, 2)).put("/f/long.iso", bytes(1100, 3));

        try (HttpDownloader d = downloader()) {
            assertThatThrownBy(() -> d.fetch(request("/f/short.iso", 1000L, null)))
                    .hasMessage(server.uri("/f/short.iso") + ": size mismatch: expected 1000 bytes, got 900 bytes");
            assertThatThrownBy(() -> d.fetch(request("/f/long.iso", 1000L, null)))
                    .hasMessage(server.uri("/f/long.iso") + ": size mismatch: expected 1000 bytes, the server sent more");
            String wrong = "0".repeat(64);
            assertThatThrownBy(() -> d.fetch(request("/f/a.iso", 1000L, wrong)))
                    .hasMessage(server.uri("/f/a.iso") + ": checksum mismatch: expected sha256 " + wrong + ", got "
                            + sha256(BODY));
        }
        assertThat(server.totalRequests()).isEqualTo(3);
    }

    @Test
    void sends_basic_auth_credentials() throws Exception {
        server.requireBasicAuth("alice", "s3cret");

        try (HttpDownloader anonymous = downloader()) {
            assertThatThrownBy(() -> anonymous.fetch(request("/f/a.iso", null, null)))
                    .hasMessageEndingWith(": HTTP 401 Unauthorized");
        }
        try (HttpDownloader d = downloader(DownloadOptions.builder().basicAuthUsername("alice")
                .basicAuthPassword("s3cret"))) {
            assertThat(d.fetch(request("/f/a.iso", 1000L, null)).size()).isEqualTo(1000);
        }
    }

    @Test
    void goes_through_an_http_proxy_with_credentials() throws Exception {
        try (ForwardProxy proxy = new ForwardProxy().requireCredentials("bob", "pw");
             HttpDownloader d = downloader(DownloadOptions.builder().proxyHost("http://127.0.0.1")
                     .proxyPort(proxy.port()).proxyUsername("bob").proxyPassword("pw"))) {
            assertThat(d.fetch(request("/f/a.iso", 1000L, sha256(BODY))).size()).isEqualTo(1000);
            assertThat(d.fetch(request("/f/a.iso", 1000L, sha256(BODY))).size()).isEqualTo(1000);

            assertThat(proxy.relayed()).isEqualTo(2);
            assertThat(proxy.rejected()).as("one challenge, then the client sends credentials up front").isEqualTo(1);
        }
    }

    @Test
    void fetch_all_runs_at_most_max_downloads_at_once() {
        List<DownloadRequest> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            server.put("/many/" + i, bytes(5000, i));
            requests.add(request("/many/" + i, 5000L, null));
        }
        server.holdUntilInFlight(4, Duration.ofMillis(300));
        AtomicLong bytes = new AtomicLong();

        try (HttpDownloader d = downloader(DownloadOptions.builder().maxDownloads(3))) {
            List<DownloadOutcome> outcomes = d.fetchAll(requests, new DownloadListener() {
                @Override
                public void bytesReceived(DownloadRequest request, long n) {
                    bytes.addAndGet(n);
                }
            });

            assertThat(outcomes).allMatch(DownloadOutcome::succeeded).extracting(DownloadOutcome::request)
                    .containsExactlyElementsOf(requests);
        }
        assertThat(server.maxInFlight()).isEqualTo(3);
        assertThat(bytes.get()).isEqualTo(12 * 5000);
    }

    @Test
    void fetch_all_reports_each_failure_and_a_listener_error_fails_only_its_request() {
        server.put("/f/b.iso", BODY);
        List<DownloadRequest> requests = List.of(request("/f/a.iso", 1000L, null), request("/f/gone.iso", 1L, null),
                request("/f/b.iso", 1000L, null));

        try (HttpDownloader d = downloader()) {
            List<DownloadOutcome> outcomes = d.fetchAll(requests, new DownloadListener() {
                @Override
                public void succeeded(DownloadResult result) throws IOException {
                    if (result.request().label().equals("/f/b.iso")) {
                        throw new IOException("disk full");
                    }
                }
            });

            assertThat(outcomes.get(0).succeeded()).isTrue();
            assertThat(outcomes.get(1).error()).hasMessageEndingWith("HTTP 404 Not Found");
            assertThat(outcomes.get(2).error()).hasMessageEndingWith("downloaded, but could not be stored: disk full");
        }
    }

    @Test
    void cancellation_stops_downloads_in_flight_and_the_rest() {
        CountDownLatch release = new CountDownLatch(1);
        List<DownloadRequest> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            server.put("/c/" + i, bytes(100_000, i)).fault("/c/" + i, Fault.hang(10_000, release));
            requests.add(request("/c/" + i, null, null));
        }
        server.onRequest(path -> canceled.set(true));

        long start = System.nanoTime();
        try (HttpDownloader d = downloader(DownloadOptions.builder().maxDownloads(2))) {
            List<DownloadOutcome> outcomes = d.fetchAll(requests, DownloadListener.NONE);

            assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isInstanceOf(DownloadCanceledException.class));
        } finally {
            release.countDown();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(server.totalRequests()).isLessThanOrEqualTo(2);
    }

    @Test
    void a_stalled_body_times_out() {
        CountDownLatch release = new CountDownLatch(1);
        server.fault("/f/a.iso", Fault.hang(10, release));

        try (HttpDownloader d = downloader(DownloadOptions.builder().readTimeout(Duration.ofMillis(300))
                .retry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)))) {
            assertThatThrownBy(() -> d.fetch(request("/f/a.iso", null, null)))
                    .hasMessage(server.uri("/f/a.iso") + ": no data for 0.3 s after 10 bytes");
        } finally {
            release.countDown();
        }
    }

    @Test
    void max_speed_limits_the_rate_of_all_downloads_together() {
        List<DownloadRequest> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            server.put("/slow/" + i, bytes(50_000, i));
            requests.add(request("/slow/" + i, 50_000L, null));
        }

        long start = System.nanoTime();
        try (HttpDownloader d = downloader(DownloadOptions.builder().maxSpeed(300_000.0))) {
            assertThat(d.fetchAll(requests, DownloadListener.NONE)).allMatch(DownloadOutcome::succeeded);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("150 kB at 300 kB/s")
                .isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
