package org.jpulp.common.download;

import java.security.GeneralSecurityException;
import java.util.Arrays;

/** Just enough DER reading to find fields in a key structure. */
final class Der {

    private Der() {
    }

    record Element(int tag, byte[] content) {
    }

    static final class Reader {
        private final byte[] data;
        private int pos;
        private final int end;

        Reader(byte[] data) {
            this(data, 0, data.length);
        }

        private Reader(byte[] data, int from, int end) {
            this.data = data;
            this.pos = from;
            this.end = end;
        }

        boolean hasMore() {
            return pos < end;
        }

        Element next() throws GeneralSecurityException {
            if (pos + 2 > end) {
                throw new GeneralSecurityException("truncated DER structure");
            }
            int tag = data[pos++] & 0xff;
            int len = data[pos++] & 0xff;
            if (len >= 0x80) {
                int n = len & 0x7f;
                if (n == 0 || n > 3 || pos + n > end) {
                    throw new GeneralSecurityException("unsupported DER length");
                }
                len = 0;
                for (int i = 0; i < n; i++) {
                    len = (len << 8) | (data[pos++] & 0xff);
                }
            }
            if (pos + len > end) {
                throw new GeneralSecurityException("truncated DER structure");
            }
            Element e = new Element(tag, Arrays.copyOfRange(data, pos, pos + len));
            pos += len;
            return e;
        }

        void skip() throws GeneralSecurityException {
            next();
        }

        Reader enter(int expectedTag) throws GeneralSecurityException {
            Element e = next();
            if (e.tag() != expectedTag) {
                throw new GeneralSecurityException("unexpected DER tag " + e.tag());
            }
            return new Reader(e.content());
        }
    }
}
