package org.jpulp.plugin.rpm.header;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;

/**
 * The short id of the key that signed a package, as Pulp 2 stores it ({@code signing_key}): the last 8 hex digits of
 * the issuer key id of the first OpenPGP signature found in the signature header, looked up in rpm's order
 * (DSA header, RSA header, GPG, PGP). Null when the package is unsigned or the signature cannot be read.
 */
final class SigningKeys {

    private static final int[] SIGNATURE_TAGS = {267, 268, 1005, 1002};

    private SigningKeys() {
    }

    static String shortKeyId(HeaderTags signatureHeader) {
        for (int tag : SIGNATURE_TAGS) {
            Optional<byte[]> packet = signatureHeader.bytes(tag);
            if (packet.isPresent()) {
                Long keyId = keyId(packet.get());
                if (keyId != null) {
                    String hex = String.format(Locale.ROOT, "%016x", keyId);
                    return hex.substring(8);
                }
            }
        }
        return null;
    }

    private static Long keyId(byte[] packet) {
        try {
            Object o = new BcPGPObjectFactory(packet).nextObject();
            if (o instanceof PGPSignatureList list && !list.isEmpty()) {
                PGPSignature signature = list.get(0);
                return signature.getKeyID() == 0 ? null : signature.getKeyID();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
