package org.jpulp.common.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Modes of what jpulp writes under the storage root: readable by group and others (like Pulp 2's files under
 * umask 022), so that a frontend running as another user of the same group can serve them.
 */
public final class FileModes {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

    private FileModes() {
    }

    public static void set(Path path, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, mode);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to set
        }
    }

    /**
     * Creates {@code dir} and its missing parents below {@code root} (which must exist or is created the same way),
     * each with {@link #DIRECTORY}. Fails when an existing component below {@code root} is a symbolic link or not a
     * directory, so that nothing is ever written through a link into another tree.
     */
    public static Path directories(Path root, Path dir) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path target = dir.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            throw new UnsafePathException(target + " is not below " + base);
        }
        if (!Files.isDirectory(base)) {
            Files.createDirectories(base);
        }
        Path current = base;
        for (Path segment : base.relativize(target)) {
            if (segment.toString().isEmpty()) {
                continue;
            }
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current)) {
                throw new UnsafePathException(current + " is a symbolic link, not a directory");
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(current);
                    set(current, DIRECTORY);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // created meanwhile by another writer; checked below
                }
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsafePathException(current + " exists and is not a directory");
            }
        }
        return target;
    }
}
