package org.jpulp.common.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import org.junit.jupiter.api.Test;

class PemTest {

    @Test
    void reads_pkcs1_rsa_keys_as_openssl_converts_them_to_pkcs8() throws Exception {
        PrivateKey pkcs1 = Pem.privateKey(resource("rsa-pkcs1.pem"), "key");
        PrivateKey pkcs8 = Pem.privateKey(resource("rsa-pkcs8.pem"), "key");

        assertThat(pkcs1.getAlgorithm()).isEqualTo("RSA");
        assertThat(pkcs1.getEncoded()).isEqualTo(pkcs8.getEncoded());
    }

    @Test
    void reads_sec1_ec_keys() throws Exception {
        PrivateKey sec1 = Pem.privateKey(resource("ec-sec1.pem"), "key");
        PrivateKey pkcs8 = Pem.privateKey(resource("ec-pkcs8.pem"), "key");

        assertThat(sec1.getAlgorithm()).isEqualTo("EC");
        assertThat(((ECPrivateKey) sec1).getS()).isEqualTo(((ECPrivateKey) pkcs8).getS());
        assertThat(((ECPrivateKey) sec1).getParams().getCurve()).isEqualTo(((ECPrivateKey) pkcs8).getParams().getCurve());
    }

    @Test
    void finds_the_key_among_other_blocks_and_text() throws Exception {
        String mixed = "Bag Attributes\n  friendlyName: x\n" + resource("rsa-pkcs1.pem") + "\ntrailing text\n";

        assertThat(Pem.hasPrivateKey(mixed)).isTrue();
        assertThat(Pem.privateKey(mixed, "key").getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void explains_what_is_missing() {
        assertThatThrownBy(() -> Pem.privateKey("no pem here", "ssl_client_key"))
                .hasMessage("ssl_client_key contains no PEM private key");
        assertThatThrownBy(() -> Pem.certificates("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
                "ssl_ca_cert")).hasMessage("ssl_ca_cert contains no PEM certificate");
        assertThatThrownBy(() -> Pem.privateKey("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                + "-----END ENCRYPTED PRIVATE KEY-----", "ssl_client_key")).hasMessageContaining("encrypted");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PemTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
