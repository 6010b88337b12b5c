package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pulp 2's {@code remove_old_repodata}: the previous publication's metadata files stay in the new {@code repodata/}
 * until they are older than the threshold (or for ever when the option is off), so a client that read the old
 * repomd.xml just before the switch still finds the files it names. Carried files are hard links (copies where that
 * fails), which keep their age.
 */
final class OldRepodata {

    private OldRepodata() {
    }

    /** Carries the previous tree's metadata files that are still young enough; returns how many were dropped. */
    static int carryOver(Path previousTree, Path repodata, boolean removeOld, double thresholdSeconds, Instant now)
            throws IOException {
        Path old = previousTree == null ? null : previousTree.resolve("repodata");
        if (old == null || !Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(old)) {
            files = entries.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        int dropped = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path target = repodata.resolve(name);
            if (name.equals("repomd.xml") || name.startsWith(".") || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            double age = now.getEpochSecond() - Files.getLastModifiedTime(file).toInstant().getEpochSecond();
            if (removeOld && age >= thresholdSeconds) {
                dropped++;
                continue;
            }
            try {
                Files.createLink(target, file);
            } catch (FileAlreadyExistsException e) {
                // carried already
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return dropped;
    }

    /** The distributor's current tree: the one directory of the master directory that is not a build. */
    static Path currentTree(Path master) throws IOException {
        if (!Files.isDirectory(master, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(master)) {
            return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    && !p.getFileName().toString().startsWith(".")).max(Path::compareTo).orElse(null);
        }
    }
}
