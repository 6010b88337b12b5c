package org.jpulp.restapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jpulp.common.config.RestConfig;
import org.jpulp.common.config.SecurityConfig;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.json.Json;
import org.jpulp.restapi.auth.pki.CertificateAuthority;
import org.jpulp.restapi.auth.pki.Pem;
import org.jpulp.restapi.auth.pki.ServerTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listeners and TLS material: HTTPS only, generated once and reused, or configured by the operator. */
class RestServerTest {

    @TempDir
    Path dir;

    private RestServer httpsOnly(SecurityConfig security) {
        ServerConfig serverConfig = new ServerConfig("localhost", dir, dir, "admin", "admin", "INFO", Duration.ZERO);
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(security.caCert(), security.caKey(),
                Clock.systemUTC());
        RestServer server = new RestServer(new RestConfig("127.0.0.1", 0, false, true, 0), Json.newMapper(),
                Set.of(routes -> new ApiRoutes(routes).publicGet("/ping/", "ping", ctx -> ctx.json("pong"), 200)),
                RequestGuard.DENY_ALL, new ServerTls(security, serverConfig, ca));
        server.start();
        return server;
    }

    private static HttpClient trusting(Path caFile) throws Exception {
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", Pem.certificate(Pem.read(caFile)));
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }

    @Test
    void https_only_generates_a_ca_and_a_server_certificate_once_and_serves_with_them() throws Exception {
        SecurityConfig security = SecurityConfig.under(dir.resolve("pki"));
        RestServer first = httpsOnly(security);
        String ca;
        try {
            assertThat(first.port()).isEqualTo(-1);
            HttpResponse<String> pong = trusting(security.caCert()).send(HttpRequest.newBuilder(URI.create(
                    "https://localhost:" + first.httpsPort() + "/pulp/api/v2/ping/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(pong.statusCode()).isEqualTo(200);
            assertThat(pong.body()).contains("pong");
            ca = Files.readString(security.caCert());
            assertThat(Files.readString(security.caKey())).startsWith("-----BEGIN RSA PRIVATE KEY-----");
            assertThat(Files.exists(security.serverCert()) && Files.exists(security.serverKey())).isTrue();
            assertThat(Files.getPosixFilePermissions(security.caKey())).containsExactlyInAnyOrder(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } finally {
            first.stop();
        }
        RestServer second = httpsOnly(security);
        try {
            assertThat(Files.readString(security.caCert())).isEqualTo(ca);
            assertThat(trusting(security.caCert()).send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:"
                    + second.httpsPort() + "/pulp/api/v2/ping/")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
        } finally {
            second.stop();
        }
    }

    @Test
    void a_configured_certificate_and_key_are_used_as_they_are() throws Exception {
        CertificateAuthority operatorCa = CertificateAuthority.loadOrCreate(dir.resolve("op/ca.crt"),
                dir.resolve("op/ca.key"), Clock.systemUTC());
        CertificateAuthority.Issued cert = operatorCa.issueServer(java.util.List.of("localhost"),
                java.util.List.of("127.0.0.1"));
        Pem.writeFile(dir.resolve("op/server.crt"), cert.certificatePem(), false);
        Pem.writeFile(dir.resolve("op/server.key"), cert.keyPem(), true);
        SecurityConfig security = new SecurityConfig(dir.resolve("jpulp/ca.crt"), dir.resolve("jpulp/ca.key"),
                dir.resolve("op/server.crt"), dir.resolve("op/server.key"), 7, Duration.ofSeconds(30));

        RestServer server = httpsOnly(security);
        try {
            HttpResponse<String> pong = trusting(dir.resolve("op/ca.crt")).send(HttpRequest.newBuilder(URI.create(
                    "https://localhost:" + server.httpsPort() + "/pulp/api/v2/ping/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(pong.statusCode()).isEqualTo(200);
            assertThat(Pem.read(dir.resolve("op/server.crt"))).isEqualTo(cert.certificatePem());
        } finally {
            server.stop();
        }
    }

    @Test
    void a_ca_certificate_without_its_key_stops_start_up() throws Exception {
        Files.createDirectories(dir.resolve("pki"));
        Files.writeString(dir.resolve("pki/ca.crt"), "x");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificateAuthority.loadOrCreate(
                dir.resolve("pki/ca.crt"), dir.resolve("pki/ca.key"), Clock.systemUTC()))
                .hasMessageContaining("must both exist, or neither");
    }
}
