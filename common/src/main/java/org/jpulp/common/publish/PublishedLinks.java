package org.jpulp.common.publish;

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
import java.util.function.Function;
import org.jpulp.common.content.FileModes;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.Trees;
import org.jpulp.common.plugin.PluginException;

/**
 * The symbolic links that make one publication visible: {@code <protocol root>/<relative_url>} (e.g.
 * {@code published/http/isos/<relative_url>} or {@code published/yum/https/repos/<relative_url>}) points at a complete
 * tree in the distributor's master directory. A link is replaced with one {@code rename(2)} of a fresh link over it,
 * so a client resolves either the old tree or the new one. Which links exist is recorded in the master directory, so
 * a changed {@code relative_url} or protocol, or an unpublish, removes the old ones. Links and directories of other
 * publications are never touched.
 */
public final class PublishedLinks {

    public static final List<String> PROTOCOLS = List.of("http", "https");

    private static final String STATE = ".links";

    private final Path published;
    private final Path master;
    private final Function<String, Path> protocolRoot;

    /**
     * @param published    the storage's {@code published} directory (recorded links are relative to it)
     * @param master       the distributor's master directory, where its trees live
     * @param protocolRoot protocol ({@code http}, {@code https}) → the directory that relative URLs are under
     */
    public PublishedLinks(Path published, Path master, Function<String, Path> protocolRoot) {
        this.published = published;
        this.master = master;
        this.protocolRoot = protocolRoot;
    }

    public Path location(String protocol, String relativeUrl) {
        return SafePaths.resolve(protocolRoot.apply(protocol), relativeUrl, "relative_url");
    }

    /** Fails when publishing at {@code link} would clash with another publication. */
    public void check(Path link, String relativeUrl) throws IOException {
        Path current = rootOf(link);
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

    private Path rootOf(Path link) {
        for (String protocol : PROTOCOLS) {
            Path root = protocolRoot.apply(protocol);
            if (link.startsWith(root) && !link.equals(root)) {
                return root;
            }
        }
        throw new IllegalArgumentException(link + " is not below a protocol root");
    }

    private static PluginException conflict(String relativeUrl, String why) {
        return new PluginException("cannot publish at relative_url [" + relativeUrl + "]: " + why);
    }

    /** Makes {@code link} point at {@code tree}, atomically replacing what it pointed at. */
    public void pointAt(Path link, Path tree) throws IOException {
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

    /**
     * Points every {@code wanted} link at {@code tree}, records them, then removes the links of the previous publish
     * that are no longer wanted.
     */
    public void switchTo(List<Path> wanted, Path tree) throws IOException {
        List<Path> previous = recorded();
        for (Path link : wanted) {
            pointAt(link, tree);
        }
        record(wanted);
        for (Path old : previous) {
            if (!wanted.contains(old)) {
                remove(old);
            }
        }
    }

    /** Removes {@code link} if it is one of this distributor's, then its parents that became empty. */
    public void remove(Path link) throws IOException {
        if (Files.isSymbolicLink(link) && ours(link)) {
            Files.delete(link);
            Trees.pruneEmptyParents(link.getParent(), rootOf(link));
        }
    }

    private boolean ours(Path link) throws IOException {
        Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
        return target.startsWith(master);
    }

    /** The links the last publish made. */
    public List<Path> recorded() throws IOException {
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

    public void record(Collection<Path> links) throws IOException {
        StringBuilder text = new StringBuilder();
        links.forEach(l -> text.append(published.relativize(l)).append('\n'));
        Path temp = master.resolve(STATE + ".new");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        FileModes.set(temp, FileModes.FILE);
        Files.move(temp, master.resolve(STATE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
