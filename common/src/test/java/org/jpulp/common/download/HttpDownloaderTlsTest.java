package org.jpulp.common.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.http.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS options against HTTPS fixture servers with a self-signed certificate made for the test. */
class HttpDownloaderTlsTest {

    private static final byte[] BODY = HttpDownloaderTest.bytes(2048, 7);

    @TempDir
    static Path certs;
    @TempDir
    Path tmp;
    private static TestCertificates certificates;
    private static FixtureServer https;
    private static FixtureServer mutualTls;

    @BeforeAll
    static void start() {
        certificates = TestCertificates.generate(certs);
        https = FixtureServer.https(certificates.serverContext(), false).put("/a.iso", BODY);
        mutualTls = FixtureServer.https(certificates.serverContext(), true).put("/a.iso", BODY);
    }

    @AfterAll
    static void stop() {
        https.close();
        mutualTls.close();
    }

    private DownloadResult fetch(FixtureServer server, DownloadOptions.Builder options) throws DownloadException {
        RetryPolicy once = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
        try (HttpDownloader d = new HttpDownloader(options.retry(once).build(), () -> false)) {
            return d.fetch(new DownloadRequest(server.uri("/a.iso"), tmp.resolve("a.iso"), 2048L,
                    HttpDownloaderTest.sha256(BODY), null));
        } catch (DownloadException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_untrusted_server_certificate_fails_the_handshake() {
        int before = https.requests("/a.iso");

        assertThatThrownBy(() -> fetch(https, DownloadOptions.builder()))
                .hasMessageStartingWith(https.uri("/a.iso") + ": TLS handshake failed");
        assertThat(https.requests("/a.iso")).as("no request got through").isEqualTo(before);
    }

    @Test
    void ssl_ca_cert_trusts_that_ca() throws Exception {
        DownloadResult r = fetch(https, DownloadOptions.builder().sslCaCert(certificates.serverCertificatePem()));

        assertThat(r.size()).isEqualTo(2048);
    }

    @Test
    void ssl_validation_false_trusts_any_server() throws Exception {
        assertThat(fetch(https, DownloadOptions.builder().sslValidation(false)).size()).isEqualTo(2048);
    }

    @Test
    void a_server_demanding_a_client_certificate_gets_it() throws Exception {
        DownloadOptions.Builder trusted = DownloadOptions.builder().sslCaCert(certificates.serverCertificatePem());

        assertThatThrownBy(() -> fetch(mutualTls, trusted)).isInstanceOf(DownloadException.class)
                .hasMessageContaining("refuses a missing or untrusted client certificate");
        assertThat(fetch(mutualTls, trusted.sslClientCert(certificates.clientCertificatePem())
                .sslClientKey(certificates.clientKeyPem())).size()).isEqualTo(2048);
    }

    @Test
    void the_client_key_may_come_inside_the_client_certificate_text() throws Exception {
        String both = certificates.clientCertificatePem() + certificates.clientKeyPem();

        assertThat(fetch(mutualTls, DownloadOptions.builder().sslCaCert(certificates.serverCertificatePem())
                .sslClientCert(both)).size()).isEqualTo(2048);
    }

    @Test
    void unreadable_tls_material_is_reported_with_its_key() {
        assertThatThrownBy(() -> new HttpDownloader(DownloadOptions.builder().sslCaCert("garbage").build(), () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid TLS settings: ssl_ca_cert contains no PEM certificate");
        assertThatThrownBy(() -> new HttpDownloader(DownloadOptions.builder()
                .sslClientCert(certificates.clientCertificatePem()).build(), () -> false))
                .hasMessageContaining("ssl_client_cert (no ssl_client_key given) contains no PEM private key");
    }
}
