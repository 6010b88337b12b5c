package org.jpulp.plugin.rpm.header;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the sizes the signature and main headers claim before the header reader allocates memory for them: each
 * must fit in the file and stay under limits far above real packages, so a crafted file cannot exhaust the heap.
 */
final class HeaderBounds {

    static final int MAX_ENTRIES = 1 << 16;
    static final int MAX_STORE = 64 << 20;
    private static final int LEAD = 96;
    private static final int INTRO = 16;
    private static final int ENTRY = 16;
    private static final int LEAD_MAGIC = 0xedabeedb;
    private static final int HEADER_MAGIC = 0x8eade8;

    private HeaderBounds() {
    }

    static void check(Path file) throws IOException, RpmFileException {
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            long size = in.size();
            if (readInt(in, 0) != LEAD_MAGIC) {
                throw new RpmFileException("it does not start with the RPM lead magic");
            }
            long signatureEnd = checkHeader(in, LEAD, size, "signature");
            long mainStart = signatureEnd + (8 - signatureEnd % 8) % 8;
            checkHeader(in, mainStart, size, "main");
        }
    }

    private static int readInt(SeekableByteChannel in, long position) throws IOException, RpmFileException {
        ByteBuffer b = ByteBuffer.allocate(4);
        in.position(position);
        while (b.hasRemaining() && in.read(b) > 0) {
            // reads four bytes or reaches the end
        }
        if (b.hasRemaining()) {
            throw new RpmFileException("the file is too short for an RPM package");
        }
        return b.getInt(0);
    }

    /** Returns where the header ends. */
    private static long checkHeader(SeekableByteChannel in, long start, long fileSize, String which)
            throws IOException, RpmFileException {
        ByteBuffer intro = ByteBuffer.allocate(INTRO);
        in.position(start);
        while (intro.hasRemaining() && in.read(intro) > 0) {
            // reads the whole intro or reaches the end
        }
        if (intro.hasRemaining()) {
            throw new RpmFileException("the file ends before its " + which + " header");
        }
        if ((intro.getInt(0) >>> 8) != HEADER_MAGIC) {
            throw new RpmFileException("its " + which + " header does not start with the header magic");
        }
        long entries = Integer.toUnsignedLong(intro.getInt(8));
        long store = Integer.toUnsignedLong(intro.getInt(12));
        if (entries > MAX_ENTRIES || store > MAX_STORE) {
            throw new RpmFileException("its " + which + " header claims " + entries + " entries and " + store
                    + " bytes of data, more than a package header holds");
        }
        long end = start + INTRO + entries * ENTRY + store;
        if (end > fileSize) {
            throw new RpmFileException("its " + which + " header claims more data than the file has");
        }
        return end;
    }
}
