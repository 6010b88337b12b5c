package org.jpulp.restapi.auth.pki;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jpulp's CA ({@code [security] cacert}/{@code cakey}): created on first start when neither file exists, it signs
 * the HTTPS server certificate and the user certificates {@code actions/login/} hands out, and tells whether a
 * client certificate is one of its own.
 */
public final class CertificateAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateAuthority.class);
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration SERVER_VALIDITY = Duration.ofDays(825);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final Clock clock;

    private CertificateAuthority(X509Certificate certificate, PrivateKey key, Clock clock) {
        this.certificate = certificate;
        this.key = key;
        this.clock = clock;
    }

    /** Loads the CA, or creates and writes one when neither file exists; one without the other is an error. */
    public static CertificateAuthority loadOrCreate(Path certFile, Path keyFile, Clock clock) {
        boolean cert = Files.exists(certFile);
        boolean key = Files.exists(keyFile);
        if (cert && key) {
            return new CertificateAuthority(Pem.certificate(Pem.read(certFile)), Pem.privateKey(Pem.read(keyFile)),
                    clock);
        }
        if (cert || key) {
            throw new IllegalStateException("CA certificate " + certFile + " and key " + keyFile
                    + " must both exist, or neither (then jpulp creates them)");
        }
        KeyPair pair = rsa();
        X500Name name = name("jpulp CA " + java.util.UUID.randomUUID().toString().substring(0, 8));
        Instant now = clock.instant();
        X509v3CertificateBuilder builder = builder(name, name, pair, now, CA_VALIDITY);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
        X509Certificate ca = sign(builder, pair.getPrivate());
        Pem.writeFile(keyFile, Pem.write(pair.getPrivate()), true);
        Pem.writeFile(certFile, Pem.write(ca), false);
        LOG.info("created CA certificate {} and key {}", certFile, keyFile);
        return new CertificateAuthority(ca, pair.getPrivate(), clock);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A new key pair and a certificate for it with common name {@code cn}, signed by this CA. */
    public Issued issueClient(String cn, Duration validity) {
        KeyPair pair = rsa();
        X509v3CertificateBuilder builder = builder(issuer(), name(cn), pair, clock.instant(), validity);
        try {
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
        return new Issued(sign(builder, key), pair.getPrivate());
    }

    /** A server certificate for the given DNS names and IP addresses. */
    public Issued issueServer(List<String> dnsNames, List<String> ipAddresses) {
        KeyPair pair = rsa();
        X509v3CertificateBuilder builder = builder(issuer(), name(dnsNames.get(0)), pair, clock.instant(),
                SERVER_VALIDITY);
        GeneralName[] names = new GeneralName[dnsNames.size() + ipAddresses.size()];
        for (int i = 0; i < dnsNames.size(); i++) {
            names[i] = new GeneralName(GeneralName.dNSName, dnsNames.get(i));
        }
        for (int i = 0; i < ipAddresses.size(); i++) {
            names[dnsNames.size() + i] = new GeneralName(GeneralName.iPAddress, ipAddresses.get(i));
        }
        try {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
        return new Issued(sign(builder, key), pair.getPrivate());
    }

    /** Whether {@code cert} was signed by this CA and is valid now. */
    public boolean issued(X509Certificate cert) {
        try {
            if (!cert.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
                return false;
            }
            cert.verify(certificate.getPublicKey());
            cert.checkValidity(Date.from(clock.instant()));
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private X500Name issuer() {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static X500Name name(String cn) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).build();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair pair, Instant now,
                                                    Duration validity) {
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), subject, pair.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer) {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new IllegalStateException("cannot sign a certificate: " + e.getMessage(), e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** A certificate with its private key. */
    public record Issued(X509Certificate certificate, PrivateKey key) {

        public String certificatePem() {
            return Pem.write(certificate);
        }

        public String keyPem() {
            return Pem.write(key);
        }
    }
}
