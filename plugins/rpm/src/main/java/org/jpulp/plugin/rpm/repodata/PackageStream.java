package org.jpulp.plugin.rpm.repodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The packages of a repository, read from primary, filelists and other at once. createrepo_c writes the three files
 * in the same package order, so each package's entries are normally read in step and only one package is in memory.
 * When the order differs, the rest of filelists (or other) is spooled to a file on disk with a pkgid → offset index,
 * and entries are read back from there.
 */
public final class PackageStream implements AutoCloseable {

    private final ElementCursor primary;
    private final Companion filelists;
    private final Companion other;
    private int count;

    public PackageStream(InputStream primary, InputStream filelists, InputStream other, Path spoolDir) {
        this.primary = new ElementCursor(primary, "package", "primary.xml");
        this.filelists = new Companion(new ElementCursor(filelists, "package", "filelists.xml"), spoolDir);
        this.other = new Companion(new ElementCursor(other, "package", "other.xml"), spoolDir);
    }

    /** The next package, or null after the last one (when the three files are checked to list the same packages). */
    public ParsedPackage next() {
        return next(key -> true);
    }

    /** The next package, with its other metadata only when {@code metadataWanted} says so for its key. */
    public ParsedPackage next(java.util.function.Predicate<org.jpulp.common.content.UnitKey> metadataWanted) {
        XmlElement p = primary.next();
        if (p == null) {
            filelists.checkExhausted(count);
            other.checkExhausted(count);
            return null;
        }
        count++;
        String pkgid = PackageParser.pkgid(p);
        return PackageParser.parse(p, filelists.take(pkgid, p), other.take(pkgid, p), metadataWanted);
    }

    public int count() {
        return count;
    }

    @Override
    public void close() {
        primary.close();
        filelists.close();
        other.close();
    }

    /** filelists or other: in step with primary until they are not, then from the spool. */
    private static final class Companion implements AutoCloseable {
        private final ElementCursor cursor;
        private final Path spoolDir;
        private Map<String, long[]> index;
        private FileChannel spool;

        Companion(ElementCursor cursor, Path spoolDir) {
            this.cursor = cursor;
            this.spoolDir = spoolDir;
        }

        XmlElement take(String pkgid, XmlElement primaryPackage) {
            if (index == null) {
                XmlElement next = cursor.next();
                if (next != null && pkgid.equals(next.attr("pkgid"))) {
                    return next;
                }
                spoolFrom(next);
            }
            long[] at = index.remove(pkgid);
            if (at == null) {
                throw new RepodataException(cursor.file() + " has no entry for package "
                        + primaryPackage.childText("name") + " (pkgid " + pkgid + ") of primary.xml");
            }
            return readBack(at);
        }

        void checkExhausted(int primaryCount) {
            boolean extra = index == null ? cursor.next() != null : !index.isEmpty();
            if (extra) {
                throw new RepodataException(cursor.file() + " lists packages that primary.xml does not (primary.xml "
                        + "has " + primaryCount + ")");
            }
        }

        private void spoolFrom(XmlElement first) {
            index = new HashMap<>();
            try {
                Files.createDirectories(spoolDir);
                Path file = Files.createTempFile(spoolDir, "spool-", ".xml");
                spool = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                long offset = 0;
                for (XmlElement e = first; e != null; e = cursor.next()) {
                    StringBuilder text = new StringBuilder();
                    e.write(text, XmlElement.Rewrite.NONE);
                    ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
                    int length = bytes.remaining();
                    while (bytes.hasRemaining()) {
                        spool.write(bytes, offset + length - bytes.remaining());
                    }
                    index.put(e.attr("pkgid"), new long[] {offset, length});
                    offset += length;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spool " + cursor.file(), e);
            }
        }

        private XmlElement readBack(long[] at) {
            try {
                ByteBuffer bytes = ByteBuffer.allocate((int) at[1]);
                while (bytes.hasRemaining()) {
                    spool.read(bytes, at[0] + bytes.position());
                }
                bytes.flip();
                XMLStreamReader r = SafeXml.reader(new StringReader(StandardCharsets.UTF_8.decode(bytes).toString()));
                r.nextTag();
                return XmlElement.read(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back " + cursor.file(), e);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("a spooled entry of " + cursor.file() + " is unreadable", e);
            }
        }

        @Override
        public void close() {
            cursor.close();
            if (spool != null) {
                try {
                    spool.close();
                } catch (IOException e) {
                    // the spool file is deleted on close either way
                }
            }
        }
    }
}
