package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPOutputStream;
import org.jpulp.common.content.FileModes;
import org.jpulp.plugin.rpm.repodata.Checksums;

/**
 * One metadata file of {@code repodata/} written as a stream of text: optionally gzip-compressed, hashed (compressed
 * and open) while written, then renamed to {@code <checksum>-<name>}. Text is handed over in chunks to a writer thread
 * of its own, so that the three package files are compressed in parallel while units are read; at most a few chunks
 * are in flight, so memory stays bounded whatever the repository size.
 */
final class MetadataFile implements AutoCloseable {

    private static final int CHUNK = 1 << 20;
    private static final int IN_FLIGHT = 3;

    private final String type;
    private final String name;
    private final Path repodata;
    private final String checksumType;
    private final boolean gzip;
    private final Path temp;
    private final MessageDigest openDigest;
    private final MessageDigest fileDigest;
    private final DigestOutputStream fileOut;
    private final OutputStream out;
    private final ExecutorService writer;
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private StringBuilder pending = new StringBuilder(CHUNK + 8192);
    private Future<?> last;
    private long openSize;
    private boolean done;

    MetadataFile(Path repodata, String type, String name, String checksumType) throws IOException {
        this.type = type;
        this.name = name;
        this.repodata = repodata;
        this.checksumType = checksumType;
        this.gzip = name.endsWith(".gz");
        this.temp = repodata.resolve("." + name + ".tmp");
        this.openDigest = Checksums.digest(checksumType);
        this.fileDigest = Checksums.digest(checksumType);
        this.fileOut = new DigestOutputStream(Files.newOutputStream(temp), fileDigest);
        this.out = gzip ? new GZIPOutputStream(fileOut, 1 << 16) : fileOut;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jpulp-repodata-" + type);
            t.setDaemon(true);
            return t;
        });
    }

    MetadataFile append(String text) throws IOException {
        pending.append(text);
        if (pending.length() >= CHUNK) {
            flushChunk();
        }
        return this;
    }

    private void flushChunk() throws IOException {
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending = new StringBuilder(CHUNK + 8192);
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + name, e);
        }
        checkWriter();
        last = writer.submit(() -> {
            try {
                openDigest.update(bytes);
                openSize += bytes.length;
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                slots.release();
            }
        });
    }

    private void checkWriter() throws IOException {
        if (last != null && last.isDone()) {
            await(last);
        }
    }

    private void await(Future<?> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + name, e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException("writing " + name + " failed", cause);
        }
    }

    /** Writes what is left, closes the file, names it after its checksum and describes it for repomd.xml. */
    RepomdEntry finish() throws IOException {
        flushChunk();
        await(last);
        writer.shutdown();
        out.close();
        done = true;
        String checksum = Checksums.hex(fileDigest);
        String finalName = checksum + "-" + name;
        Path target = repodata.resolve(finalName);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        FileModes.set(target, FileModes.FILE);
        return new RepomdEntry(type, "repodata/" + finalName, checksum, gzip ? Checksums.hex(openDigest) : null,
                Files.size(target), gzip ? openSize : null, Files.getLastModifiedTime(target).toMillis() / 1000, null);
    }

    String checksumType() {
        return checksumType;
    }

    /** Abandons an unfinished file. */
    @Override
    public void close() throws IOException {
        if (!done) {
            writer.shutdownNow();
            try {
                out.close();
            } catch (IOException e) {
                // abandoned anyway
            }
            Files.deleteIfExists(temp);
        }
    }
}
