package org.jpulp.common.download;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jpulp.common.plugin.ImporterConfigKeys;

/**
 * The TLS context of a downloader: {@code ssl_ca_cert} replaces the JDK's trusted CAs (as in Pulp 2, only that CA is
 * trusted), {@code ssl_client_cert} + {@code ssl_client_key} (or a key inside the certificate text) authenticate the
 * client, and {@code ssl_validation: false} trusts every server certificate and host name.
 */
final class TlsContexts {

    private static final char[] NO_PASSWORD = new char[0];

    private TlsContexts() {
    }

    static SSLContext create(DownloadOptions options) throws GeneralSecurityException {
        TrustManager[] trust = trustManagers(options);
        KeyManager[] keys = keyManagers(options);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, trust, null);
        return context;
    }

    private static TrustManager[] trustManagers(DownloadOptions options) throws GeneralSecurityException {
        if (!options.sslValidation()) {
            return new TrustManager[] {new TrustAll()};
        }
        if (options.sslCaCert() == null) {
            return null;
        }
        KeyStore store = emptyStore();
        List<X509Certificate> cas = Pem.certificates(options.sslCaCert(), ImporterConfigKeys.SSL_CA_CERT);
        for (int i = 0; i < cas.size(); i++) {
            store.setCertificateEntry("ca-" + i, cas.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    private static KeyManager[] keyManagers(DownloadOptions options) throws GeneralSecurityException {
        String certPem = options.sslClientCert();
        if (certPem == null) {
            return null;
        }
        String keyPem = options.sslClientKey() != null ? options.sslClientKey() : certPem;
        String keyWhat = options.sslClientKey() != null ? ImporterConfigKeys.SSL_CLIENT_KEY
                : ImporterConfigKeys.SSL_CLIENT_CERT + " (no " + ImporterConfigKeys.SSL_CLIENT_KEY + " given)";
        PrivateKey key = Pem.privateKey(keyPem, keyWhat);
        List<X509Certificate> chain = Pem.certificates(certPem, ImporterConfigKeys.SSL_CLIENT_CERT);
        KeyStore store = emptyStore();
        store.setKeyEntry("client", key, NO_PASSWORD, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, NO_PASSWORD);
        return factory.getKeyManagers();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot create a key store: " + e.getMessage(), e);
        }
    }

    /** {@code ssl_validation: false}: an extended trust manager, so the JDK skips host name checks too. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
