package org.jpulp.bench.rpm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jpulp.common.content.Trees;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.jpulp.testing.http.FixtureServer;

/**
 * Issue 6's memory check: a generated repository with {@code packages} entries in its metadata (tiny package files,
 * see {@link BigRepoGenerator}) served from loopback, synced by {@code yum_importer} in a child JVM limited to
 * {@code -Xmx<heap>} (the worker's budget), with MongoDB in this JVM as it would be in its own process. Prints the
 * child's result line, its peak heap use and its exit code.
 */
public final class BigRepoSyncBenchmark {

    private BigRepoSyncBenchmark() {
    }

    /** @param mongoUri the MongoDB the child uses, or null for an embedded in-memory one in this JVM */
    public static int run(int packages, String heap, int parallel, String mongoUri) throws Exception {
        Path work = Files.createTempDirectory("jpulp-bench-bigrepo-");
        System.out.printf(Locale.ROOT, "%d packages in the metadata, child JVM -Xmx%s, %d parallel; %d CPUs, load %s;"
                + " work dir %s%n", packages, heap, parallel, Runtime.getRuntime().availableProcessors(),
                RpmRepoBenchmark.load(), work);
        try (FixtureServer server = FixtureServer.http();
             EmbeddedMongo mongo = mongoUri == null ? new EmbeddedMongo() : null) {
            Path repo = work.resolve("repo");
            long start = System.nanoTime();
            BigRepoGenerator.write(repo, packages);
            long served = serve(server, repo);
            System.out.printf(Locale.ROOT, "generated and serving %d files in %.1f s (primary.xml.gz %d bytes)%n",
                    served, (System.nanoTime() - start) / 1e9, primarySize(repo));
            int exit = child(heap, work, server.uri("/big/").toString(),
                    mongo == null ? mongoUri : mongo.connectionString(), packages, parallel);
            System.out.println("child JVM exit code " + exit + (exit == 0 ? " (sync succeeded)"
                    : exit == BigRepoSyncChild.NOT_AVAILABLE ? " (yum_importer not available in this build)"
                    : " (sync FAILED, see its output above)"));
            return exit;
        } finally {
            Trees.deleteRecursively(work);
        }
    }

    private static int child(String heap, Path work, String feed, String mongo, int packages, int parallel)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                BigRepoSyncChild.class.getName(), feed, mongo, work.resolve("child").toString(),
                String.valueOf(packages), String.valueOf(parallel)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(60, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("the child JVM did not finish the sync in 60 minutes");
        }
        return p.exitValue();
    }

    private static long serve(FixtureServer server, Path repo) throws IOException {
        long n = 0;
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                server.put("/big/" + repo.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                n++;
            }
        }
        return n;
    }

    private static long primarySize(Path repo) throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve("repodata"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("primary.xml.gz")).findFirst()
                    .map(f -> f.toFile().length()).orElse(0L);
        }
    }
}
