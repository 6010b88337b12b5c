package org.jpulp.restapi.content;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One published tree served over HTTP (e.g. {@code <storage_dir>/published/http/isos} at {@code /pulp/isos}): maps a
 * request path to a file or directory in it. Every segment is decoded once and must be a plain name ({@code .},
 * {@code ..}, separators and NUL are refused), and the target with its symlinks resolved must stay inside the
 * storage root, so neither the path nor a symlink can reach anything else.
 */
final class PublishedTree {

    private final Path storageRoot;
    private final Path root;

    PublishedTree(Path storageRoot, Path root) {
        this.storageRoot = storageRoot.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The real path of what {@code rawPath} (still percent-encoded, relative to the tree) names, or empty when it does
     * not exist or is not allowed.
     */
    Optional<Path> resolve(String rawPath) {
        Path target = root;
        for (String raw : rawPath.split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            String name;
            try {
                name = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (!plainName(name)) {
                return Optional.empty();
            }
            target = target.resolve(name);
        }
        return inside(target);
    }

    private static boolean plainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }

    private Optional<Path> inside(Path target) {
        try {
            Path real = target.toRealPath();
            Path realStorage = storageRoot.toRealPath();
            return real.startsWith(realStorage) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) { // missing, or a dangling or looping link
            return Optional.empty();
        }
    }
}
