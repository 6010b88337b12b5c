package org.jpulp.restapi.support;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jpulp.restapi.auth.pki.Pem;

/** SSL contexts for test clients: trust a CA file, optionally present a client key and certificate. */
final class TlsClients {

    private static final char[] PASSWORD = "test".toCharArray();

    private TlsClients() {
    }

    static SSLContext context(Path caFile, String keyPem, String certPem) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", Pem.certificate(Pem.read(caFile)));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = null;
            if (keyPem != null) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                keys.setKeyEntry("client", Pem.privateKey(keyPem), PASSWORD,
                        new Certificate[] {Pem.certificate(certPem)});
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, PASSWORD);
            }
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ssl;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a test SSL context: " + e.getMessage(), e);
        }
    }
}
