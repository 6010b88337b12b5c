package org.jpulp.common.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jpulp.common.content.FileModes;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.Trees;
import org.jpulp.common.content.UnsafePathException;

/**
 * A distributor's master directory, which holds its complete trees: each publish builds in a hidden
 * {@code .build-<stamp>} directory, renames it to {@code <stamp>} when complete (only then may links point at it) and,
 * once the {@link PublishedLinks} are switched, deletes the earlier trees. Publishes of one repository never overlap.
 */
public final class MasterTrees {

    private final Path published;
    private final Path master;
    private final Clock clock;

    public MasterTrees(Path published, Path master, Clock clock) {
        this.published = published;
        this.master = master;
        this.clock = clock;
    }

    /** {@code published/<area...>/<repo>/<distributor>}, each id checked to be one safe path segment. */
    public static Path masterDirectory(Path areaRoot, String repoId, String distributorId) {
        return areaRoot.resolve(segment(repoId, "repository id")).resolve(segment(distributorId, "distributor id"));
    }

    private static String segment(String value, String what) {
        SafePaths.relative(value, what);
        if (value.contains("/")) {
            throw new UnsafePathException(what + " " + SafePaths.quote(value) + " contains '/'");
        }
        return value;
    }

    public Path path() {
        return master;
    }

    /** Creates an empty, hidden build directory. */
    public Path startBuild() throws IOException {
        FileModes.directories(published, master);
        long stamp = clock.millis();
        while (Files.exists(master.resolve(Long.toString(stamp)), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(master.resolve(".build-" + stamp), LinkOption.NOFOLLOW_LINKS)) {
            stamp++;
        }
        Path build = master.resolve(".build-" + stamp);
        Files.createDirectory(build);
        FileModes.set(build, FileModes.DIRECTORY);
        return build;
    }

    /** Renames a finished build to its final name and returns it. */
    public Path complete(Path build) throws IOException {
        String name = build.getFileName().toString();
        Path tree = master.resolve(name.substring(".build-".length()));
        Files.move(build, tree, StandardCopyOption.ATOMIC_MOVE);
        return tree;
    }

    /**
     * Deletes earlier trees and leftovers of interrupted builds ({@code <stamp>}, {@code .build-<stamp>}); other
     * entries of the master directory are the distributor's own and stay.
     */
    public void removeOtherTrees(Path tree) throws IOException {
        List<Path> others;
        try (Stream<Path> entries = Files.list(master)) {
            others = entries.filter(p -> !p.equals(tree) && p.getFileName().toString().matches("(\\.build-)?[0-9]+")
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path other : others) {
            Trees.deleteRecursively(other);
        }
    }

    /** Removes the recorded links, the {@code alsoCandidates} that are ours, the master directory and empty parents. */
    public void unpublish(PublishedLinks links, Collection<Path> alsoCandidates) throws IOException {
        Set<Path> candidates = new LinkedHashSet<>(links.recorded());
        candidates.addAll(alsoCandidates);
        for (Path link : candidates) {
            links.remove(link);
        }
        Trees.deleteRecursively(master);
        Trees.pruneEmptyParents(master.getParent(), published);
    }
}
