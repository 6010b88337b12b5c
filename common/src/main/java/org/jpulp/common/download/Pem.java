package org.jpulp.common.download;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM text as Pulp 2 configs hold it: certificates, and unencrypted private keys in PKCS#8 ({@code PRIVATE KEY}),
 * PKCS#1 ({@code RSA PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}) form. Text around the blocks is ignored, so a
 * client certificate and its key may share one string.
 */
public final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final byte[] RSA_ALGORITHM = hex("300d06092a864886f70d0101010500");
    private static final byte[] EC_PUBLIC_KEY_OID = hex("06072a8648ce3d0201");

    private Pem() {
    }

    record Block(String type, byte[] der) {
    }

    static List<Block> blocks(String pem) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            out.add(new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2))));
        }
        return out;
    }

    /** Every certificate in the text; fails when there is none. */
    public static List<X509Certificate> certificates(String pem, String what) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certs = new ArrayList<>();
        for (Block b : blocks(pem)) {
            if (b.type().equals("CERTIFICATE") || b.type().equals("TRUSTED CERTIFICATE")) {
                certs.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(b.der())));
            }
        }
        if (certs.isEmpty()) {
            throw new CertificateException(what + " contains no PEM certificate");
        }
        return certs;
    }

    /** Whether the text holds a private key block. */
    public static boolean hasPrivateKey(String pem) {
        return blocks(pem).stream().anyMatch(b -> b.type().endsWith("PRIVATE KEY"));
    }

    /** The first private key in the text. */
    public static PrivateKey privateKey(String pem, String what) throws GeneralSecurityException {
        for (Block b : blocks(pem)) {
            switch (b.type()) {
                case "PRIVATE KEY":
                    return pkcs8(b.der(), what);
                case "RSA PRIVATE KEY":
                    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                            sequence(concat(new byte[] {2, 1, 0}, RSA_ALGORITHM, tlv(0x04, b.der())))));
                case "EC PRIVATE KEY":
                    return KeyFactory.getInstance("EC")
                            .generatePrivate(new PKCS8EncodedKeySpec(sec1ToPkcs8(b.der(), what)));
                case "ENCRYPTED PRIVATE KEY":
                    throw new GeneralSecurityException(what + " holds an encrypted private key; give it unencrypted");
                default:
                    break;
            }
        }
        throw new GeneralSecurityException(what + " contains no PEM private key");
    }

    private static PrivateKey pkcs8(byte[] der, String what) throws GeneralSecurityException {
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448", "DSA")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException(what + " holds a private key of an unsupported algorithm");
    }

    /** SEC1 {@code ECPrivateKey} names its curve in the {@code [0]} field; PKCS#8 wants it in the algorithm. */
    private static byte[] sec1ToPkcs8(byte[] sec1, String what) throws GeneralSecurityException {
        Der.Reader seq = new Der.Reader(sec1).enter(0x30);
        seq.skip(); // version
        seq.skip(); // private key octets
        while (seq.hasMore()) {
            Der.Element e = seq.next();
            if (e.tag() == 0xa0) {
                byte[] algorithm = sequence(concat(EC_PUBLIC_KEY_OID, e.content()));
                return sequence(concat(new byte[] {2, 1, 0}, algorithm, tlv(0x04, sec1)));
            }
        }
        throw new GeneralSecurityException(what + " holds an EC key without a named curve");
    }

    private static byte[] sequence(byte[] content) {
        return tlv(0x30, content);
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(len) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}
