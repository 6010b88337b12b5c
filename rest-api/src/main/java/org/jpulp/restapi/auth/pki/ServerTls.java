package org.jpulp.restapi.auth.pki;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jpulp.common.config.SecurityConfig;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.restapi.http.HttpsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS of the HTTPS listener: the configured server certificate and key, or, when neither file exists, a new pair
 * signed by jpulp's CA for {@code [server] server_name}, {@code localhost} and {@code 127.0.0.1}. Client
 * certificates are requested but not required, and any is accepted at the TLS level: whether it is one of ours is
 * decided per request by the authenticator, so a foreign certificate gets Pulp's 401 rather than a failed handshake.
 */
public final class ServerTls implements HttpsContext {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTls.class);
    private static final char[] STORE_PASSWORD = "jpulp".toCharArray();

    private final SecurityConfig security;
    private final ServerConfig server;
    private final CertificateAuthority ca;

    @Inject
    public ServerTls(SecurityConfig security, ServerConfig server, CertificateAuthority ca) {
        this.security = security;
        this.server = server;
        this.ca = ca;
    }

    @Override
    public SslContextFactory.Server create() {
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setSslContext(sslContext());
        factory.setWantClientAuth(true);
        factory.setNeedClientAuth(false);
        return factory;
    }

    private SSLContext sslContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), new TrustManager[] {new AnyClientCertificate(ca.certificate())},
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * Accepts any client certificate during the handshake (the authenticator decides per request), and names
     * jpulp's CA as the issuer clients should pick a certificate of.
     */
    private static final class AnyClientCertificate implements X509TrustManager {

        private final X509Certificate[] issuers;

        AnyClientCertificate(X509Certificate ca) {
            this.issuers = new X509Certificate[] {ca};
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // decided per request by the Authenticator
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this trust manager only serves the HTTPS listener");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return issuers.clone();
        }
    }

    private KeyStore keyStore() {
        boolean cert = Files.exists(security.serverCert());
        boolean key = Files.exists(security.serverKey());
        if (cert != key) {
            throw new IllegalStateException("server certificate " + security.serverCert() + " and key "
                    + security.serverKey() + " must both exist, or neither (then jpulp creates them)");
        }
        if (!cert) {
            Set<String> names = new LinkedHashSet<>(List.of(server.serverName(), "localhost"));
            CertificateAuthority.Issued issued = ca.issueServer(List.copyOf(names), List.of("127.0.0.1"));
            Pem.writeFile(security.serverKey(), issued.keyPem(), true);
            Pem.writeFile(security.serverCert(), issued.certificatePem() + Pem.write(ca.certificate()), false);
            LOG.info("created HTTPS certificate {} for {} signed by the jpulp CA", security.serverCert(), names);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", Pem.privateKey(Pem.read(security.serverKey())), STORE_PASSWORD,
                    chain(Pem.read(security.serverCert())));
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot load the HTTPS certificate: " + e.getMessage(), e);
        }
    }

    /** Every certificate of a PEM file, leaf first. */
    private static Certificate[] chain(String pem) {
        List<X509Certificate> certs = new ArrayList<>();
        String marker = "-----END CERTIFICATE-----";
        int from = 0;
        int end;
        while ((end = pem.indexOf(marker, from)) >= 0) {
            certs.add(Pem.certificate(pem.substring(from, end + marker.length())));
            from = end + marker.length();
        }
        return certs.toArray(new Certificate[0]);
    }
}
