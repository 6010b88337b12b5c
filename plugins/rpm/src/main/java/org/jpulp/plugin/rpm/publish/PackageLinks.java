package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jpulp.common.content.FileModes;

/**
 * The package links of a distributor, {@code <c>/<filename>} → file in the content store, kept in one directory
 * {@value #DIR} of its master directory that every tree reaches through its {@code Packages} link. Creating an inode
 * is the dear part of a publish, so links persist from one publish to the next: a publish adds the links it needs
 * before the switch (which the published tree does not list, so readers do not notice) and removes those no longer
 * needed after it. Which links exist, and their targets, is recorded beside them so that nothing is read back.
 */
final class PackageLinks {

    static final String DIR = ".packages";
    private static final String STATE = ".packages.state";

    private final Path master;
    private final Path dir;
    private final Map<String, String> existing;
    private final Map<String, String> wanted = new HashMap<>();
    private final Set<Path> dirs = new HashSet<>();

    private PackageLinks(Path master, Map<String, String> existing) {
        this.master = master;
        this.dir = master.resolve(DIR);
        this.existing = existing;
    }

    static PackageLinks open(Path master) throws IOException {
        Path dir = master.resolve(DIR);
        FileModes.directories(master, dir);
        Path state = master.resolve(STATE);
        return new PackageLinks(master, Files.isRegularFile(state, LinkOption.NOFOLLOW_LINKS) ? read(state) : scan(dir));
    }

    /** Links {@code location} ({@code <c>/<filename>}) to {@code file}; the first of two units with one name wins. */
    void link(String location, Path file) throws IOException {
        Path link = dir.resolve(location);
        String target = link.getParent().relativize(file).toString();
        if (wanted.putIfAbsent(location, target) != null) {
            return;
        }
        String current = existing.get(location);
        if (target.equals(current)) {
            return;
        }
        if (dirs.add(link.getParent())) {
            FileModes.directories(dir, link.getParent());
        }
        try {
            Files.createSymbolicLink(link, Path.of(target));
        } catch (FileAlreadyExistsException e) {
            replace(link, target);
        }
        existing.put(location, target);
    }

    /** Records every link that exists now (the new ones included), so an interrupted publish leaves no strays. */
    void recordAll() throws IOException {
        write(existing);
    }

    /** After the switch: removes the links the new publication does not use and records the rest. */
    void prune() throws IOException {
        for (String location : List.copyOf(existing.keySet())) {
            if (!wanted.containsKey(location)) {
                Files.deleteIfExists(dir.resolve(location));
                existing.remove(location);
            }
        }
        write(existing);
    }

    private static void replace(Path link, String target) throws IOException {
        Path fresh = link.resolveSibling("." + link.getFileName() + ".new-" + UUID.randomUUID());
        try {
            Files.createSymbolicLink(fresh, Path.of(target));
            Files.move(fresh, link, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    private void write(Map<String, String> links) throws IOException {
        StringBuilder text = new StringBuilder(links.size() * 96);
        links.forEach((location, target) -> text.append(location).append('\t').append(target).append('\n'));
        Path temp = master.resolve(STATE + ".new");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, master.resolve(STATE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, String> read(Path state) throws IOException {
        Map<String, String> links = new HashMap<>();
        for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                links.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return links;
    }

    /** The links found on disk, when no record exists. */
    private static Map<String, String> scan(Path dir) throws IOException {
        Map<String, String> links = new HashMap<>();
        try (Stream<Path> all = Files.walk(dir, 2)) {
            for (Path p : all.filter(Files::isSymbolicLink).toList()) {
                links.put(dir.relativize(p).toString(), Files.readSymbolicLink(p).toString());
            }
        }
        return links;
    }
}
