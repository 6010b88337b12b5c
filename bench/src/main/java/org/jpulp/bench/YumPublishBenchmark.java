package org.jpulp.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.InMemoryPluginDocuments;
import org.jpulp.common.content.InMemoryRepoContentUnits;
import org.jpulp.common.content.InMemoryUnitStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.Trees;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.content.mongo.MongoPluginDocuments;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.jpulp.plugin.rpm.RpmMigrations;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.publish.YumDistributor;
import org.jpulp.testing.mongo.TestMongoClients;
import org.jpulp.testing.rpm.RpmBuilder;
import org.jpulp.testing.rpm.TestRpm;

/**
 * Publish of an N-package yum repository by {@code yum_distributor} against {@code createrepo_c --no-database} over
 * the same package files, in the same run. Packages: 20 packages built once with rpmbuild (several files, changelog),
 * each copied N/20 times with a distinct trailer appended (a distinct file and checksum; rpm and createrepo_c read
 * the header and hash the whole file). createrepo_c runs over the directory (its default worker threads); jpulp
 * publishes the same packages, imported beforehand as units from createrepo_c's own output, with {@code force_full}
 * (nothing skipped): with in-memory stores and on the embedded MongoDB. Every round checks that both list the same
 * package checksums. Prints one line per round and the medians.
 */
public final class YumPublishBenchmark {

    private static final String REPO = "bench";

    private YumPublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int packages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("jpulp-bench-yum-");
        System.out.printf(Locale.ROOT, "%d packages, %d rounds; %d CPUs, load %s; work dir %s%n", packages, rounds,
                Runtime.getRuntime().availableProcessors(), IsoSyncBenchmark.load(), work);
        try (EmbeddedMongo mongo = new EmbeddedMongo();
             MongoClient client = TestMongoClients.create(mongo.connectionString())) {
            Path upstream = packages(work.resolve("upstream"), packages);
            double first = createrepo(upstream);
            List<String> expected = CreaterepoImport.checksums(upstream);
            Stores memory = new Stores(new InMemoryUnitStore(RpmUnits.ALL, Clock.systemUTC()),
                    new InMemoryRepoContentUnits(Clock.systemUTC()), new InMemoryPluginDocuments(),
                    new ContentStore(new StorageLayout(work.resolve("memory")), false));
            MongoDatabase db = client.getDatabase("bench_yum");
            Stores onMongo = mongoStores(db, new ContentStore(new StorageLayout(work.resolve("mongo")), false));
            for (Stores s : List.of(memory, onMongo)) {
                CreaterepoImport.importInto(upstream, REPO, s.store(), s.units(), s.associations());
            }
            System.out.printf(Locale.ROOT, "prepared: createrepo_c first run %.2f s%n", first);
            List<double[]> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double createrepo = createrepo(upstream);
                check(upstream, expected, "createrepo_c");
                double inMemory = publish(memory, work.resolve("work"), expected);
                double mongoTime = publish(onMongo, work.resolve("work"), expected);
                results.add(new double[] {createrepo, inMemory, mongoTime});
                System.out.printf(Locale.ROOT, "round %d: createrepo_c --no-database %.2f s | jpulp publish (memory "
                        + "stores) %.2f s = %.2fx | jpulp publish (embedded MongoDB) %.2f s = %.2fx | load %s%n", round,
                        createrepo, inMemory, inMemory / createrepo, mongoTime, mongoTime / createrepo,
                        IsoSyncBenchmark.load());
            }
            double createrepo = median(results, 0);
            System.out.printf(Locale.ROOT, "median: createrepo_c %.2f s | jpulp memory %.2f s (%.2fx) | jpulp MongoDB"
                    + " %.2f s (%.2fx) | goal: <= 1.0x createrepo_c%n", createrepo, median(results, 1),
                    median(results, 1) / createrepo, median(results, 2), median(results, 2) / createrepo);
        } finally {
            Trees.deleteRecursively(work);
        }
    }

    private record Stores(UnitStore units, RepoContentUnits associations, PluginDocuments documents,
                          ContentStore store) {
    }

    private static Stores mongoStores(MongoDatabase db, ContentStore store) {
        MigrationRunner migrations = new MigrationRunner(db);
        migrations.run(PlatformMigrations.migrations());
        migrations.run(RpmMigrations.migrations());
        return new Stores(new MongoUnitStore(db, RpmUnits.ALL, Clock.systemUTC()),
                new MongoRepoContentUnits(db, Clock.systemUTC()), new MongoPluginDocuments(db), store);
    }

    /** {@code count} distinct package files in {@code dir/Packages}. */
    private static Path packages(Path dir, int count) throws IOException {
        Path target = Files.createDirectories(dir.resolve("Packages"));
        List<Path> bases = new ArrayList<>();
        RpmBuilder builder = RpmBuilder.shared();
        for (int i = 0; i < 20; i++) {
            TestRpm rpm = TestRpm.of("bench" + (char) ('a' + i), "1." + i, "1")
                    .withRequires("bash").withProvides("bench(" + i + ")")
                    .withChangelog(LocalDate.of(2026, 11, 22), "Bench <bench@example.org> - 1." + i + "-1", "Built.");
            for (int f = 0; f < 8; f++) {
                rpm = rpm.withFile("/usr/share/bench" + i + "/file-" + f + ".txt", "content " + f + "\n");
            }
            bases.add(builder.build(rpm));
        }
        for (int n = 0; n < count; n++) {
            Path base = bases.get(n % bases.size());
            String name = base.getFileName().toString().replace(".noarch.rpm", String.format(Locale.ROOT,
                    ".v%05d.noarch.rpm", n));
            Path copy = target.resolve(name);
            Files.copy(base, copy);
            Files.writeString(copy, "\0jpulp-bench-" + n, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        return dir;
    }

    private static double createrepo(Path dir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder("createrepo_c", "--quiet", "--no-database", dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("createrepo_c failed: " + output);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double publish(Stores s, Path workDir, List<String> expected) throws Exception {
        BenchPublishContext context = new BenchPublishContext(REPO, Map.of("relative_url", REPO, "http", true,
                "https", false, "force_full", true), workDir, s.store(), s.units(), s.associations(), s.documents());
        long start = System.nanoTime();
        PublishReport report = new YumDistributor().publish(context);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.result().equals(PublishReport.SUCCESS)) {
            throw new IllegalStateException("publish " + report.result());
        }
        check(s.store().layout().published().resolve("yum/http/repos").resolve(REPO), expected, "jpulp");
        return seconds;
    }

    private static void check(Path tree, List<String> expected, String who) throws IOException {
        List<String> actual = CreaterepoImport.checksums(tree);
        if (!actual.equals(expected)) {
            throw new IllegalStateException(who + " published " + actual.size() + " packages, expected "
                    + expected.size() + " with the same checksums");
        }
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}
