package org.jpulp.plugin.rpm.repodata;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Opens a metadata file whatever its compression (gz, bz2, xz, zstd or none, recognised by magic bytes) with a cap on
 * the decompressed size: the declared {@code open-size} when known, and never more than {@value #RATIO} times the
 * compressed size (at least {@value #MIN_CAP_MIB} MiB), so that a decompression bomb fails early and clearly.
 */
public final class Decompression {

    static final int RATIO = 100;
    static final long MIN_CAP_MIB = 256;

    private Decompression() {
    }

    /**
     * @param compressedSize bytes of the file as stored
     * @param openSize       the declared decompressed size, or null
     * @param openDigest     fed with every decompressed byte (for {@code open-checksum}), or null
     * @param what           names the file in error messages
     */
    public static InputStream open(InputStream raw, long compressedSize, Long openSize, MessageDigest openDigest,
                                   String what) throws IOException {
        return open(raw, compressedSize, openSize, openDigest, what, MIN_CAP_MIB << 20);
    }

    static InputStream open(InputStream raw, long compressedSize, Long openSize, MessageDigest openDigest,
                            String what, long minCap) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 65536);
        InputStream decoded = decoder(in, what);
        long ratioCap = Math.max(minCap, RATIO * compressedSize);
        InputStream capped = new Capped(decoded, ratioCap, openSize, what);
        return openDigest == null ? capped : new DigestInputStream(capped, openDigest);
    }

    private static InputStream decoder(BufferedInputStream in, String what) throws IOException {
        in.mark(8);
        byte[] magic = in.readNBytes(6);
        in.reset();
        try {
            if (starts(magic, 0x1f, 0x8b)) {
                return new GZIPInputStream(in, 65536);
            }
            if (starts(magic, 'B', 'Z', 'h')) {
                return new BZip2CompressorInputStream(in);
            }
            if (starts(magic, 0xfd, '7', 'z', 'X', 'Z', 0)) {
                return new XZInputStream(in);
            }
            if (starts(magic, 0x28, 0xb5, 0x2f, 0xfd)) {
                return new ZstdInputStream(in);
            }
        } catch (IOException | RuntimeException e) {
            throw new RepodataException(what + " is not valid compressed data: " + e.getMessage(), e);
        }
        return in;
    }

    private static boolean starts(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts decompressed bytes, fails past the caps, and checks the declared size at the end. */
    private static final class Capped extends FilterInputStream {
        private final long ratioCap;
        private final Long openSize;
        private final String what;
        private long count;

        Capped(InputStream in, long ratioCap, Long openSize, String what) {
            super(in);
            this.ratioCap = ratioCap;
            this.openSize = openSize;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                if (e instanceof RepodataException r) {
                    throw r;
                }
                throw new RepodataException(what + " cannot be decompressed: " + e.getMessage(), e);
            }
            if (n < 0) {
                if (openSize != null && count != openSize) {
                    throw new RepodataException(what + " decompresses to " + count + " bytes, but repomd.xml "
                            + "declares an open-size of " + openSize);
                }
                return n;
            }
            count += n;
            if (openSize != null && count > openSize) {
                throw new RepodataException(what + " decompresses to more than its declared open-size of "
                        + openSize + " bytes");
            }
            if (count > ratioCap) {
                throw new RepodataException(what + " decompresses to more than " + ratioCap + " bytes (over "
                        + RATIO + " times its compressed size): refusing a possible decompression bomb");
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
        }
    }
}
