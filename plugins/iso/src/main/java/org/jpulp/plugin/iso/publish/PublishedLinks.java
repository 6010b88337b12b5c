package org.jpulp.plugin.iso.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jpulp.common.content.FileModes;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.Trees;
import org.jpulp.common.plugin.PluginException;

/**
 * The symbolic links that make one publication visible: {@code published/<http|https>/isos/<relative_url>} points at
 * a complete tree in the distributor's master directory. A link is replaced with one {@code rename(2)} of a fresh
 * link over it, so a client resolves either the old tree or the new one. Which links exist is recorded in the master
 * directory, so a changed {@code relative_url} or protocol, or an unpublish, removes the old ones. Links and
 * directories of other publications are never touched.
 */
final class PublishedLinks {

    private static final String STATE = ".links";

    private final Path published;
    private final Path master;

    PublishedLinks(Path published, Path master) {
        this.published = published;
        this.master = master;
    }

    static Path isosRoot(Path published, String protocol) {
        return published.resolve(protocol).resolve("isos");
    }

    Path location(String protocol, String relativeUrl) {
        return SafePaths.resolve(isosRoot(published, protocol), relativeUrl, "relative_url");
    }

    /** Fails when publishing at {@code link} would clash with another publication. */
    void check(Path link, String relativeUrl) throws IOException {
        Path root = published.relativize(link).getName(0);
        Path current = published.resolve(root).resolve("isos");
        for (Path segment : current.relativize(link.getParent())) {
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current) || (Files.exists(current, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS))) {
                throw conflict(relativeUrl, "it lies inside another publication (" + published.relativize(current) + ")");
            }
        }
        if (Files.isSymbolicLink(link)) {
            if (!ours(link)) {
                throw conflict(relativeUrl, "another repository is published there");
            }
        } else if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            if (!Trees.isEmpty(link)) {
                throw conflict(relativeUrl, "other publications lie below it");
            }
        } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            throw conflict(relativeUrl, "a file is in the way");
        }
    }

    private static PluginException conflict(String relativeUrl, String why) {
        return new PluginException("cannot publish at relative_url [" + relativeUrl + "]: " + why);
    }

    /** Makes {@code link} point at {@code tree}, atomically replacing what it pointed at. */
    void pointAt(Path link, Path tree) throws IOException {
        Path parent = link.getParent();
        FileModes.directories(published, parent);
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(link);
        }
        Path fresh = parent.resolve("." + link.getFileName() + ".new-" + UUID.randomUUID());
        try {
            Files.createSymbolicLink(fresh, parent.relativize(tree));
            Files.move(fresh, link, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /** Removes {@code link} if it is one of this distributor's, then its parents that became empty. */
    void remove(Path link) throws IOException {
        if (Files.isSymbolicLink(link) && ours(link)) {
            Files.delete(link);
            Path root = published.resolve(published.relativize(link).getName(0)).resolve("isos");
            Trees.pruneEmptyParents(link.getParent(), root);
        }
    }

    private boolean ours(Path link) throws IOException {
        Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
        return target.startsWith(master);
    }

    /** The links the last publish made. */
    List<Path> recorded() throws IOException {
        Path state = master.resolve(STATE);
        List<Path> links = new ArrayList<>();
        if (Files.isRegularFile(state, LinkOption.NOFOLLOW_LINKS)) {
            for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    links.add(SafePaths.resolve(published, line, "recorded link"));
                }
            }
        }
        return links;
    }

    void record(Collection<Path> links) throws IOException {
        StringBuilder text = new StringBuilder();
        links.forEach(l -> text.append(published.relativize(l)).append('\n'));
        Path temp = master.resolve(STATE + ".new");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        FileModes.set(temp, FileModes.FILE);
        Files.move(temp, master.resolve(STATE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
