package org.jpulp.common.content;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes files of removed units from the content store, and then their directories left empty. Only paths inside
 * {@code content/units} of the storage root are touched, and none reached through a symbolic link: a stored
 * {@code _storage_path} pointing elsewhere is left alone and logged.
 */
public final class OrphanFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanFiles.class);

    private final StorageLayout layout;

    public OrphanFiles(StorageLayout layout) {
        this.layout = layout;
    }

    /** Returns how many files were deleted. */
    public int delete(Collection<String> storagePaths) {
        int deleted = 0;
        for (String storagePath : storagePaths) {
            if (deleteOne(storagePath)) {
                deleted++;
            }
        }
        return deleted;
    }

    private boolean deleteOne(String storagePath) {
        Path root = layout.contentUnits();
        Path file;
        try {
            file = Path.of(storagePath).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            LOG.warn("not deleting {}: not a path ({})", SafePaths.quote(storagePath), e.getReason());
            return false;
        }
        if (!file.startsWith(root) || file.equals(root)) {
            LOG.warn("not deleting {}: outside the content store {}", storagePath, root);
            return false;
        }
        try {
            if (!insideRealRoot(file.getParent(), root)) {
                LOG.warn("not deleting {}: its directory leads outside the content store", storagePath);
                return false;
            }
            boolean deleted = Files.deleteIfExists(file);
            pruneEmptyParents(file.getParent(), root);
            return deleted;
        } catch (IOException e) {
            LOG.warn("could not delete the orphan file {}: {}", storagePath, e.toString());
            return false;
        }
    }

    private static boolean insideRealRoot(Path dir, Path root) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return Files.exists(root) && dir.toRealPath().startsWith(root.toRealPath());
    }

    private static void pruneEmptyParents(Path dir, Path root) throws IOException {
        Path stop = root.getParent();
        for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root) && !d.equals(stop); d = d.getParent()) {
            try {
                if (!Files.deleteIfExists(d)) {
                    return;
                }
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
