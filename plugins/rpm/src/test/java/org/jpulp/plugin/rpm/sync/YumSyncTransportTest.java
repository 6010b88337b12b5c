package org.jpulp.plugin.rpm.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.http.Fault;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.http.ForwardProxy;
import org.jpulp.testing.http.TestCertificates;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.jpulp.testing.rpm.YumRepoFixture.YumRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS, client certificates, proxies and retries come from the common download code, as for ISO feeds. */
class YumSyncTransportTest {

    @TempDir
    Path tmp;

    @Test
    void syncsOverHttpsWithAPrivateCaAndAClientCertificate() throws Exception {
        TestCertificates certs = TestCertificates.generate(tmp);
        RpmTestBed bed = new RpmTestBed(tmp.resolve("bed"));
        YumRepo repo = YumRepoFixture.with(YumFeeds.BEAR_41, YumFeeds.CAT).build(tmp.resolve("feed"));
        try (FixtureServer server = FixtureServer.https(certs.serverContext(), true)) {
            String feed = repo.serve(server, "/secure/").toString();
            Map<String, Object> config = Map.of("feed", feed, "ssl_ca_cert", certs.serverCertificatePem(),
                    "ssl_client_cert", certs.clientCertificatePem(), "ssl_client_key", certs.clientKeyPem());

            assertThat(bed.sync("zoo", config).addedCount()).isEqualTo(2);
            assertThatThrownBy(() -> bed.sync("farm", Map.of("feed", feed)))
                    .isInstanceOf(PluginException.class).hasMessageContaining("TLS handshake failed")
                    .hasMessageContaining("RPM1004");
        }
    }

    @Test
    void syncsThroughAProxyAndRetriesTransientFailures() throws Exception {
        RpmTestBed bed = new RpmTestBed(tmp.resolve("bed"));
        YumRepo repo = YumRepoFixture.with(YumFeeds.BEAR_41, YumFeeds.CAT).build(tmp.resolve("feed"));
        try (FixtureServer server = FixtureServer.http();
             ForwardProxy proxy = new ForwardProxy().requireCredentials("bob", "pw")) {
            String feed = repo.serve(server, "/zoo/").toString();
            server.fault("/zoo/Packages/bear-4.1-1.noarch.rpm", new Fault.Status(503), 2);
            Map<String, Object> config = new HashMap<>(Map.of("feed", feed, "proxy_host", "127.0.0.1",
                    "proxy_port", proxy.port(), "proxy_username", "bob", "proxy_password", "pw"));

            assertThat(bed.sync("zoo", config).addedCount()).isEqualTo(2);
            assertThat(server.requests("/zoo/Packages/bear-4.1-1.noarch.rpm")).isEqualTo(3);
            assertThat(proxy.relayed()).isGreaterThanOrEqualTo(6);
        }
    }
}
