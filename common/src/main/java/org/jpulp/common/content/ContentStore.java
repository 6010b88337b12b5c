package org.jpulp.common.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Files of content units, stored once and addressed by unit key like Pulp 2:
 * {@code <storage_dir>/content/units/<type>/<d[0:2]>/<d[2:]>/<filename>} with {@code d} = {@link UnitKey#digest()}.
 * Files arrive in a staging file on the same file system, are flushed to disk and then moved into place with one
 * atomic rename, so a reader sees either no file or the complete file. Nothing is written outside the storage root:
 * file names are checked with {@link SafePaths} and no directory is created through a symbolic link.
 */
public final class ContentStore {

    private final StorageLayout layout;
    private final boolean flushToDisk;

    /** A store that flushes each file to disk before it becomes visible (survives a power loss). */
    public ContentStore(StorageLayout layout) {
        this(layout, true);
    }

    /**
     * @param flushToDisk fsync each file before moving it into place. Without it a power loss can leave a stored file
     *                    empty or short (which {@link #holds} then reports as missing, so a re-sync fetches it again);
     *                    Pulp 2 never flushed. The benchmark measures both.
     */
    public ContentStore(StorageLayout layout, boolean flushToDisk) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.flushToDisk = flushToDisk;
    }

    public StorageLayout layout() {
        return layout;
    }

    /**
     * Where the unit's file lives (whether or not it is there yet).
     *
     * @param filename a safe relative path, e.g. the ISO's name (which may contain directories)
     * @throws UnsafePathException when the type id or the file name is not a safe relative path
     */
    public Path pathFor(UnitKey key, String filename) {
        SafePaths.relative(key.typeId(), "unit type id");
        if (key.typeId().contains("/")) {
            throw new UnsafePathException("unit type id " + SafePaths.quote(key.typeId()) + " contains '/'");
        }
        String d = key.digest();
        Path unitDir = layout.contentUnits().resolve(key.typeId()).resolve(d.substring(0, 2)).resolve(d.substring(2));
        return SafePaths.resolve(unitDir, filename, "file name of " + key);
    }

    /** Whether the unit's file is in the store with the given size (a quick check that skips a download). */
    public boolean holds(UnitKey key, String filename, long size) {
        Path path = pathFor(key, filename);
        try {
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && Files.size(path) == size;
        } catch (IOException e) {
            return false;
        }
    }

    /** A new empty file in the staging directory; the caller fills it, then {@link #commit}s or {@link #discard}s it. */
    public Path newStagingFile() throws IOException {
        Path staging = FileModes.directories(layout.storageDir(), layout.staging());
        return Files.createTempFile(staging, "unit-", ".part");
    }

    /**
     * Moves a filled staging file into the store as the unit's file, replacing an older copy atomically.
     *
     * @return the stored file's path
     */
    public Path commit(Path staged, UnitKey key, String filename) throws IOException {
        Path target = pathFor(key, filename);
        if (!staged.toAbsolutePath().normalize().startsWith(layout.staging())) {
            throw new IllegalArgumentException(staged + " is not a staging file of this store");
        }
        if (flushToDisk) {
            try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
        FileModes.set(staged, FileModes.FILE);
        FileModes.directories(layout.storageDir(), target.getParent());
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move " + staged + " to " + target + " atomically: " + e.getMessage(), e);
        }
        return target;
    }

    /** Copies {@code source} (e.g. an upload) into the store through a staging file. */
    public Path importFile(Path source, UnitKey key, String filename) throws IOException {
        Path staged = newStagingFile();
        try (InputStream in = Files.newInputStream(source)) {
            Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
            return commit(staged, key, filename);
        } finally {
            discard(staged);
        }
    }

    /**
     * Deletes staging files older than {@code age}: left by a process that died while downloading. Younger ones may
     * belong to a download running elsewhere and stay.
     *
     * @return how many were deleted
     */
    public int cleanStaging(Duration age, Instant now) throws IOException {
        if (!Files.isDirectory(layout.staging(), LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(layout.staging())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(now.minus(age))
                        && Files.deleteIfExists(f)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** Deletes a staging file if it is still there; never fails. */
    public void discard(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            // left for a later cleanup of the staging directory
        }
    }

    /** Deletes the unit's file (orphan removal); returns whether it existed. */
    public boolean delete(UnitKey key, String filename) throws IOException {
        return Files.deleteIfExists(pathFor(key, filename));
    }
}
