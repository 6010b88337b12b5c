package org.jpulp.bench.rpm;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jpulp.common.content.Trees;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.mongo.TestMongoClients;

/**
 * Issue 6's yum benchmarks on one generated repository of {@code packages} valid RPMs, every peer in the same run and
 * from the same loopback server: publish vs {@code createrepo_c --no-database} over the same packages; immediate sync
 * vs {@code dnf reposync} and vs {@code xargs -P<parallel> curl}; re-sync with nothing changed. Prints one line per
 * round and the medians with the ratios the issue sets goals for.
 */
public final class RpmRepoBenchmark {

    private RpmRepoBenchmark() {
    }

    /** @param mongoUri a MongoDB for jpulp's side, or null for the embedded in-memory one */
    public static void run(int packages, int rounds, int parallel, String mongoUri) throws Exception {
        Path work = Files.createTempDirectory("jpulp-bench-rpm-");
        System.out.printf(Locale.ROOT, "%d packages, %d rounds, %d parallel; %d CPUs, load %s; work dir %s%n",
                packages, rounds, parallel, Runtime.getRuntime().availableProcessors(), load(), work);
        JpulpYum jpulp = new JpulpYum();
        System.out.println(JpulpYum.IMPORTER + ": " + (jpulp.importer().isPresent() ? "available" : "not available"
                + " in this build (the jpulp sync columns say so)") + "; " + JpulpYum.DISTRIBUTOR + ": "
                + (jpulp.distributor().isPresent() ? "available" : "not available in this build"));
        try (FixtureServer server = FixtureServer.http();
             EmbeddedMongo mongo = mongoUri == null ? new EmbeddedMongo() : null;
             MongoClient client = TestMongoClients.create(mongo == null ? mongoUri : mongo.connectionString())) {
            Path repo = work.resolve("packages");
            long start = System.nanoTime();
            GeneratedPackages.write(repo, packages, Runtime.getRuntime().availableProcessors());
            Peers.createrepoInPlace(repo);
            System.out.printf(Locale.ROOT, "generated %d packages and their repository in %.1f s%n", packages,
                    (System.nanoTime() - start) / 1e9);
            List<String> locations = serve(server, repo);
            var feed = server.uri("/repo/");
            List<double[]> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double createrepo = Peers.createrepo(repo, work.resolve("createrepo-" + round));
                double reposync = Peers.reposync(feed, work.resolve("dnf-" + round), work.resolve("dnf-out-" + round),
                        parallel);
                check("dnf reposync", Peers.rpmFiles(work.resolve("dnf-out-" + round)), packages);
                double curl = Peers.curl(feed, locations, work.resolve("curl-" + round), parallel);
                check("xargs curl", Peers.rpmFiles(work.resolve("curl-" + round)), packages);
                double[] j = jpulp(jpulp, client.getDatabase("bench_rpm_" + round), work.resolve("jpulp-" + round),
                        feed.toString(), packages, parallel);
                results.add(new double[] {createrepo, reposync, curl, j[0], j[1], j[2]});
                System.out.printf(Locale.ROOT, "round %d: createrepo_c %.2f s | dnf reposync %.2f s | xargs curl %.2f s"
                        + " | jpulp sync %s | re-sync %s | publish %s | load %s%n", round, createrepo, reposync, curl,
                        seconds(j[0]), seconds(j[1]), seconds(j[2]), load());
                for (String d : List.of("createrepo-", "dnf-", "dnf-out-", "curl-", "jpulp-")) {
                    Trees.deleteRecursively(work.resolve(d + round));
                }
            }
            summary(results);
        } finally {
            Trees.deleteRecursively(work);
        }
    }

    /** Sync, re-sync and publish seconds; NaN for what this build does not have or what failed. */
    private static double[] jpulp(JpulpYum jpulp, MongoDatabase db, Path dir, String feed, int packages,
                                  int parallel) throws Exception {
        double[] out = {Double.NaN, Double.NaN, Double.NaN};
        if (jpulp.importer().isEmpty()) {
            return out;
        }
        BenchRpmContext repo = jpulp.repository(db, dir, "bench", feed, parallel);
        try {
            out[0] = jpulp.sync(repo, packages);
            out[1] = jpulp.sync(repo, 0);
            if (jpulp.distributor().isPresent()) {
                out[2] = jpulp.publish(repo);
            }
        } catch (Exception e) {
            System.out.println("jpulp FAILED (the peers' figures stand): " + e);
        } finally {
            db.drop();
        }
        return out;
    }

    private static void summary(List<double[]> results) {
        double createrepo = median(results, 0);
        double reposync = median(results, 1);
        double curl = median(results, 2);
        double sync = median(results, 3);
        double resync = median(results, 4);
        double publish = median(results, 5);
        System.out.printf(Locale.ROOT, "median: createrepo_c --no-database %.2f s | dnf reposync %.2f s | xargs curl "
                + "%.2f s%n", createrepo, reposync, curl);
        System.out.printf(Locale.ROOT, "  jpulp publish  %s = %s createrepo_c (goal <= 1.0x)%n", seconds(publish),
                ratio(publish, createrepo));
        System.out.printf(Locale.ROOT, "  jpulp sync     %s = %s dnf reposync (goal <= 0.35x), %s xargs curl "
                + "(goal <= 4x)%n", seconds(sync), ratio(sync, reposync), ratio(sync, curl));
        System.out.printf(Locale.ROOT, "  jpulp re-sync  %s (goal < 0.5 s)%n", seconds(resync));
    }

    private static List<String> serve(FixtureServer server, Path repo) throws IOException {
        List<String> packages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String relative = repo.relativize(f).toString().replace('\\', '/');
                server.put("/repo/" + relative, Files.readAllBytes(f));
                if (relative.endsWith(".rpm")) {
                    packages.add(relative);
                }
            }
        }
        return packages;
    }

    static void check(String who, long fetched, int expected) {
        if (fetched != expected) {
            throw new IllegalStateException(who + " fetched " + fetched + " packages, expected " + expected);
        }
    }

    static String seconds(double s) {
        return Double.isNaN(s) ? "not available or failed" : String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) ? "n/a" : String.format(Locale.ROOT, "%.2fx", a / b);
    }

    private static double median(List<double[]> results, int column) {
        double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
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
