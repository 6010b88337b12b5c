package org.jpulp.plugin.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.plugin.iso.testbed.Feed;
import org.jpulp.plugin.iso.testbed.IsoTestBed;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.http.ForwardProxy;
import org.jpulp.testing.http.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's TLS, basic auth and proxy keys reach the downloads of a real sync. */
class IsoSyncTransportTest {

    @TempDir
    Path tmp;

    @Test
    void syncs_over_https_with_a_private_ca_a_client_certificate_and_basic_auth() throws Exception {
        TestCertificates certs = TestCertificates.generate(tmp);
        IsoTestBed bed = new IsoTestBed(tmp.resolve("bed"));
        try (FixtureServer server = FixtureServer.https(certs.serverContext(), true)) {
            Feed feed = new Feed(server, "secure").add("1.iso", 4096).add("2.iso", 100);
            server.requireBasicAuth("alice", "pw");
            Map<String, Object> config = Map.of("feed", feed.url().toString(),
                    "ssl_ca_cert", certs.serverCertificatePem(), "ssl_client_cert", certs.clientCertificatePem(),
                    "ssl_client_key", certs.clientKeyPem(), "basic_auth_username", "alice",
                    "basic_auth_password", "pw");

            assertThat(bed.importer.sync(bed.sync(bed.newTask(), "zoo", config)).addedCount()).isEqualTo(2);

            Map<String, Object> untrusted = Map.of("feed", feed.url().toString());
            assertThatThrownBy(() -> bed.importer.sync(bed.sync(bed.newTask(), "farm", untrusted)))
                    .isInstanceOf(PluginException.class).hasMessageContaining("TLS handshake failed");
        }
    }

    @Test
    void syncs_through_a_proxy_with_credentials() throws Exception {
        IsoTestBed bed = new IsoTestBed(tmp.resolve("bed"));
        try (FixtureServer server = FixtureServer.http();
             ForwardProxy proxy = new ForwardProxy().requireCredentials("bob", "pw")) {
            Feed feed = new Feed(server, "feed").add("1.iso", 4096).add("2.iso", 100);
            Map<String, Object> config = Map.of("feed", feed.url().toString(), "proxy_host", "127.0.0.1",
                    "proxy_port", proxy.port(), "proxy_username", "bob", "proxy_password", "pw");

            assertThat(bed.importer.sync(bed.sync(bed.newTask(), "zoo", config)).addedCount()).isEqualTo(2);
            assertThat(proxy.relayed()).isEqualTo(3);
        }
    }
}
