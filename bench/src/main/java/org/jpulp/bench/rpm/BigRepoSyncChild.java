package org.jpulp.bench.rpm;

import com.mongodb.client.MongoClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.jpulp.testing.mongo.TestMongoClients;

/**
 * The child JVM of {@link BigRepoSyncBenchmark}: syncs the feed into a fresh repository on the given MongoDB and
 * prints {@code RESULT ...} with the time and the peak heap use. Exit 0 on success, {@value #NOT_AVAILABLE} when this
 * build has no {@code yum_importer}, 1 when the sync failed.
 * Arguments: feed URL, MongoDB connection string, work directory, expected package count, max downloads.
 */
public final class BigRepoSyncChild {

    static final int NOT_AVAILABLE = 3;

    private BigRepoSyncChild() {
    }

    public static void main(String[] args) throws Exception {
        JpulpYum jpulp = new JpulpYum();
        if (jpulp.importer().isEmpty()) {
            System.out.println("RESULT not available: this build has no " + JpulpYum.IMPORTER);
            System.exit(NOT_AVAILABLE);
        }
        int expected = Integer.parseInt(args[3]);
        try (MongoClient client = TestMongoClients.create(args[1])) {
            BenchRpmContext repo = jpulp.repository(client.getDatabase("bench_bigrepo"), Path.of(args[2]), "big",
                    args[0], Integer.parseInt(args[4]));
            double seconds = jpulp.sync(repo, expected);
            System.out.printf(Locale.ROOT, "RESULT synced %d packages in %.1f s; peak heap used %d MiB of max %d MiB%n",
                    expected, seconds, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } catch (Exception e) {
            System.out.println("RESULT failed: " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
        System.exit(0);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
