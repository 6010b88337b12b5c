package org.jpulp.plugin.rpm.repodata;

import java.nio.file.Files;
import java.nio.file.Path;

/** Child JVM of {@link PackageStreamMemoryTest}: streams a generated repository with a small heap. */
public final class PackageStreamMemoryMain {

    private PackageStreamMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int descriptionBytes = Integer.parseInt(args[1]);
        Path spool = Files.createTempDirectory("spool");
        long bytes = 0;
        try (PackageStream stream = new PackageStream(GeneratedRepodata.primary(count, descriptionBytes),
                GeneratedRepodata.filelists(count), GeneratedRepodata.other(count), spool)) {
            for (ParsedPackage p = stream.next(); p != null; p = stream.next()) {
                bytes += ((String) p.metadata().get("description")).length();
            }
            System.out.println("PACKAGES " + stream.count() + " " + bytes);
        }
    }
}
