package org.jpulp.common.content;

import java.nio.file.Path;

/**
 * The directories under {@code [server] storage_dir} (Pulp 2's {@code /var/lib/pulp}): {@code content/units} (the
 * content store), {@code content/.staging} (downloads and imports before they are moved into the store, on the same
 * file system), {@code published} (published trees) and {@code uploads}.
 */
public record StorageLayout(Path storageDir) {

    public StorageLayout {
        storageDir = storageDir.toAbsolutePath().normalize();
    }

    public Path content() {
        return storageDir.resolve("content");
    }

    public Path contentUnits() {
        return content().resolve("units");
    }

    public Path staging() {
        return content().resolve(".staging");
    }

    public Path published() {
        return storageDir.resolve("published");
    }

    public Path uploads() {
        return storageDir.resolve("uploads");
    }
}
