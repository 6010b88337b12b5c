package org.jpulp.common.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.error.MissingResource;

/**
 * Pulp 2's upload requests as files: {@code <storage_dir>/uploads/<upload_id>}, one per request, on the volume the
 * REST API and the workers share (the REST API writes chunks, a worker's {@code import_upload} reads the file).
 * Ids are UUID4 strings made here; anything else is an unknown id, so a client's id never names a path outside
 * the uploads directory.
 */
public final class UploadFiles {

    /** The {@code resources} key of Pulp 2's 404 for an unknown upload. */
    public static final String RESOURCE = "upload_request";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final int BUFFER = 64 * 1024;

    private final Path dir;

    public UploadFiles(StorageLayout layout) {
        this.dir = layout.uploads();
    }

    /** Creates an empty upload and returns its id. */
    public String create() throws IOException {
        Files.createDirectories(dir);
        String id = UUID.randomUUID().toString();
        Files.createFile(dir.resolve(id));
        return id;
    }

    /** The ids of every upload, sorted. */
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (ID.matcher(name).matches() && Files.isRegularFile(f)) {
                    ids.add(name);
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /** The upload's file, or empty for an unknown or malformed id. */
    public Optional<Path> file(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(id);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The upload's file, or a 404 {@link MissingResource} naming {@value #RESOURCE}. */
    public Path existing(String id) {
        return file(id).orElseThrow(() -> new MissingResource(RESOURCE, id));
    }

    /**
     * Writes {@code body} into the upload starting at byte {@code offset}, streaming, at most {@code maxBytes}
     * bytes; chunks may come in any order and be sent again. Returns the number of bytes written.
     *
     * @throws MissingResource     when there is no such upload
     * @throws ChunkTooLargeException when the body holds more than {@code maxBytes} (what was read stays written)
     */
    public long write(String id, long offset, InputStream body, long maxBytes) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        Path file = existing(id);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            return copy(body, out, offset, maxBytes);
        } catch (NoSuchFileException e) {
            throw new MissingResource(RESOURCE, id);
        }
    }

    private static long copy(InputStream body, FileChannel out, long offset, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        int n;
        while ((n = body.read(buffer)) > 0) {
            if (written + n > maxBytes) {
                throw new ChunkTooLargeException(maxBytes);
            }
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                written += out.write(chunk, offset + written);
            }
        }
        return written;
    }

    /** Deletes the upload; false when there was none. */
    public boolean delete(String id) throws IOException {
        Optional<Path> file = file(id);
        return file.isPresent() && Files.deleteIfExists(file.get());
    }

    /** A chunk larger than the server takes in one request. */
    public static final class ChunkTooLargeException extends IOException {
        public ChunkTooLargeException(long maxBytes) {
            super("the chunk is larger than " + maxBytes + " bytes");
        }
    }
}
