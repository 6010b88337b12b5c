package org.jpulp.plugin.rpm.repodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class DecompressionTest {

    private static final byte[] TEXT = "<metadata>ünïcode</metadata>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"gz", "bz2", "xz", "zstd", "none"})
    void readsEveryCompressionWithItsOpenSizeAndChecksum(String type) throws Exception {
        byte[] compressed = compress(type, TEXT);
        MessageDigest digest = Checksums.digest("sha512");

        byte[] read = readAll(Decompression.open(new ByteArrayInputStream(compressed), compressed.length,
                (long) TEXT.length, digest, "primary"));

        assertThat(read).isEqualTo(TEXT);
        assertThat(Checksums.hex(digest)).isEqualTo(Checksums.hex(digested(TEXT)));
    }

    @Test
    void wrongOpenSizeEitherWayIsAnError() throws Exception {
        byte[] gz = compress("gz", TEXT);
        assertThatThrownBy(() -> readAll(Decompression.open(new ByteArrayInputStream(gz), gz.length,
                (long) TEXT.length + 1, null, "the primary metadata")))
                .isInstanceOf(RepodataException.class).hasMessageContaining("the primary metadata decompresses to "
                        + TEXT.length + " bytes, but repomd.xml declares an open-size of " + (TEXT.length + 1));
        assertThatThrownBy(() -> readAll(Decompression.open(new ByteArrayInputStream(gz), gz.length, 10L, null, "x")))
                .isInstanceOf(RepodataException.class).hasMessageContaining("more than its declared open-size");
    }

    @Test
    void bzip2BombWithoutOpenSizeStopsAtTheRatioCap() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                out.write(block);
            }
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 12);

        assertThatThrownBy(() -> readAll(Decompression.open(new ByteArrayInputStream(bomb), bomb.length, null, null,
                "the filelists metadata", 1 << 20)))
                .isInstanceOf(RepodataException.class).hasMessageContaining("the filelists metadata decompresses to "
                        + "more than " + (1 << 20) + " bytes");
    }

    @Test
    void truncatedCompressedDataIsAnError() throws Exception {
        byte[] xz = compress("xz", TEXT);
        byte[] cut = java.util.Arrays.copyOf(xz, xz.length / 2);
        assertThatThrownBy(() -> readAll(Decompression.open(new ByteArrayInputStream(cut), cut.length, null, null,
                "the other metadata"))).isInstanceOf(RepodataException.class)
                .hasMessageContaining("the other metadata cannot be decompressed");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static MessageDigest digested(byte[] data) {
        MessageDigest d = Checksums.digest("sha512");
        d.update(data);
        return d;
    }

    static byte[] compress(String type, byte[] data) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (type) {
            case "gz" -> {
                try (OutputStream out = new GZIPOutputStream(bytes)) {
                    out.write(data);
                }
            }
            case "bz2" -> {
                try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
                    out.write(data);
                }
            }
            case "xz" -> {
                try (OutputStream out = new XZOutputStream(bytes, new LZMA2Options())) {
                    out.write(data);
                }
            }
            case "zstd" -> {
                Process p = new ProcessBuilder("zstd", "-q", "-c").start();
                try (OutputStream in = p.getOutputStream()) {
                    in.write(data);
                }
                byte[] out = p.getInputStream().readAllBytes();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                return out;
            }
            default -> {
                return data;
            }
        }
        return bytes.toByteArray();
    }
}
