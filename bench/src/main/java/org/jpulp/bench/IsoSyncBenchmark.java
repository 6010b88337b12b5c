package org.jpulp.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.InMemoryRepoContentUnits;
import org.jpulp.common.content.InMemoryUnitStore;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.Trees;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.jpulp.plugin.iso.IsoMigrations;
import org.jpulp.plugin.iso.IsoUnits;
import org.jpulp.plugin.iso.sync.IsoImporter;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.mongo.TestMongoClients;

/**
 * Issue 5's benchmark: a sync of {@code files} × {@code size} bytes from a loopback HTTP server, against {@code curl}
 * fetching the same files with {@code parallel} connections ({@code xargs -P<parallel> curl}), in the same run and
 * from the same server. jpulp syncs with {@code max_downloads = parallel}, validation on: with in-memory stores, on
 * the embedded MongoDB, and with in-memory stores without fsync; then re-syncs (nothing to download). Also times one
 * {@code curl --parallel} process, the strongest curl baseline. Prints one line per round and the medians.
 *
 * <pre>{@code ./mvnw -B -o -pl bench -am package -DskipTests && bench/target/dist/bin/jpulp-bench [files size rounds parallel]}</pre>
 */
public final class IsoSyncBenchmark {

    private IsoSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 100 * 1024;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        fileSize = size;
        Path work = Files.createTempDirectory("jpulp-bench-");
        System.out.printf(Locale.ROOT, "%d files x %d bytes, %d rounds, %d parallel; %d CPUs, load %s; work dir %s%n",
                files, size, rounds, parallel, Runtime.getRuntime().availableProcessors(), load(), work);
        try (FixtureServer server = FixtureServer.http(); EmbeddedMongo mongo = new EmbeddedMongo();
             MongoClient client = TestMongoClients.create(mongo.connectionString())) {
            List<String> names = serve(server, files, size);
            List<double[]> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double curl = curl(server, names, work.resolve("curl-" + round), parallel);
                double curlParallel = curlParallel(server, names, work.resolve("curlp-" + round), parallel);
                double memory = jpulp(server, files, work.resolve("memory-" + round), parallel, memoryStores(), true);
                double resync = jpulp(server, 0, work.resolve("memory-" + round), parallel, lastStores, true);
                double noFsync = jpulp(server, files, work.resolve("nofsync-" + round), parallel, memoryStores(),
                        false);
                MongoDatabase db = client.getDatabase("bench_" + round);
                double onMongo = jpulp(server, files, work.resolve("mongo-" + round), parallel, mongoStores(db), true);
                results.add(new double[] {curl, memory, onMongo, resync, curlParallel, noFsync});
                System.out.printf(Locale.ROOT, "round %d: xargs curl %.2f s | curl --parallel %.2f s | jpulp (memory "
                        + "stores) %.2f s = %.2fx | jpulp (embedded MongoDB) %.2f s = %.2fx | jpulp without fsync %.2f s "
                        + "| re-sync %.2f s | load %s%n", round, curl, curlParallel, memory, memory / curl, onMongo,
                        onMongo / curl, noFsync, resync, load());
                Trees.deleteRecursively(work.resolve("nofsync-" + round));
                Trees.deleteRecursively(work.resolve("curlp-" + round));
                Trees.deleteRecursively(work.resolve("curl-" + round));
                Trees.deleteRecursively(work.resolve("memory-" + round));
                Trees.deleteRecursively(work.resolve("mongo-" + round));
                db.drop();
            }
            double curl = median(results, 0);
            double parallelCurl = median(results, 4);
            System.out.printf(Locale.ROOT, "median: xargs curl %.2f s | curl --parallel %.2f s | jpulp memory %.2f s "
                    + "(%.2fx xargs curl, %.2fx curl --parallel) | jpulp MongoDB %.2f s (%.2fx, %.2fx) | jpulp without "
                    + "fsync %.2f s (%.2fx, %.2fx) | re-sync %.2f s | goal: <= 2x xargs curl%n", curl, parallelCurl,
                    median(results, 1), median(results, 1) / curl, median(results, 1) / parallelCurl,
                    median(results, 2), median(results, 2) / curl, median(results, 2) / parallelCurl,
                    median(results, 5), median(results, 5) / curl, median(results, 5) / parallelCurl,
                    median(results, 3));
        } finally {
            Trees.deleteRecursively(work);
        }
    }

    private record Stores(UnitStore units, RepoContentUnits associations) {
    }

    private static Stores lastStores;
    private static long fileSize;

    private static Stores memoryStores() {
        lastStores = new Stores(new InMemoryUnitStore(List.of(IsoUnits.TYPE), Clock.systemUTC()),
                new InMemoryRepoContentUnits(Clock.systemUTC()));
        return lastStores;
    }

    private static Stores mongoStores(MongoDatabase db) {
        MigrationRunner migrations = new MigrationRunner(db);
        migrations.run(PlatformMigrations.migrations());
        migrations.run(IsoMigrations.migrations());
        return new Stores(new MongoUnitStore(db, List.of(IsoUnits.TYPE), Clock.systemUTC()),
                new MongoRepoContentUnits(db, Clock.systemUTC()));
    }

    private static List<String> serve(FixtureServer server, int files, int size) throws Exception {
        Random random = new Random(42);
        StringBuilder manifest = new StringBuilder();
        List<String> names = new ArrayList<>();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < files; i++) {
            byte[] body = new byte[size];
            random.nextBytes(body);
            String name = String.format(Locale.ROOT, "file-%05d.iso", i);
            server.put("/feed/" + name, body);
            manifest.append(name).append(',').append(HexFormat.of().formatHex(sha256.digest(body))).append(',')
                    .append(size).append('\n');
            names.add(name);
        }
        server.put("/feed/PULP_MANIFEST", manifest.toString());
        return names;
    }

    /** {@code xargs -P<parallel> -n2 curl -s -f -o <file> <url>}, timed from start to exit. */
    private static double curl(FixtureServer server, List<String> names, Path dir, int parallel)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            list.append(dir.resolve(name)).append(' ').append(server.uri("/feed/" + name)).append('\n');
        }
        Path listFile = Files.writeString(dir.resolve("urls.txt"), list, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "xargs -P" + parallel + " -n2 curl -s -f -o < " + listFile)
                .inheritIO();
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("curl failed with exit code " + p.exitValue());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        checkFetched(dir, names, "xargs curl");
        return seconds;
    }

    /** The strongest curl baseline: one process, {@code --parallel-max <parallel>}, connections reused. */
    private static double curlParallel(FixtureServer server, List<String> names, Path dir, int parallel)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        StringBuilder config = new StringBuilder();
        for (String name : names) {
            config.append("url = \"").append(server.uri("/feed/" + name)).append("\"\noutput = \"")
                    .append(dir.resolve(name)).append("\"\n");
        }
        Path configFile = Files.writeString(dir.resolve("curl.config"), config, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("curl", "-s", "-f", "--parallel", "--parallel-max",
                String.valueOf(parallel), "--config", configFile.toString()).inheritIO();
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("curl --parallel failed with exit code " + p.exitValue());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        checkFetched(dir, names, "curl --parallel");
        return seconds;
    }

    private static void checkFetched(Path dir, List<String> names, String who) throws IOException {
        for (String name : names) {
            if (!Files.isRegularFile(dir.resolve(name)) || Files.size(dir.resolve(name)) != fileSize) {
                throw new IllegalStateException(who + " did not fetch " + name);
            }
        }
    }

    private static double jpulp(FixtureServer server, int expectedAdded, Path dir, int parallel, Stores stores,
                                boolean fsync) throws Exception {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("feed", server.uri("/feed/").toString());
        config.put("max_downloads", parallel);
        ContentStore store = new ContentStore(new StorageLayout(dir.resolve("storage")), fsync);
        BenchSyncContext context = new BenchSyncContext("bench", config, dir.resolve("work"), store, stores.units(),
                stores.associations());
        long start = System.nanoTime();
        SyncReport report = new IsoImporter().sync(context);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.addedCount() != expectedAdded) {
            throw new IllegalStateException("expected " + expectedAdded + " added, got " + report.addedCount());
        }
        return seconds;
    }

    private static double median(List<double[]> results, int column) {
        double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
