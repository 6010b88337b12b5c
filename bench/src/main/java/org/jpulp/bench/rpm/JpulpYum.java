package org.jpulp.bench.rpm;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.common.schema.PlatformMigrations;

/**
 * jpulp's side of the yum benchmarks: {@code yum_importer} and {@code yum_distributor} looked up by id among the
 * plugins on the class path (as the worker finds them) and called through the plugin SPI, on MongoDB and a content
 * store with fsync on, as the worker runs them. Either may be missing from a build; then {@link #importer()} or
 * {@link #distributor()} is empty and the benchmark says "not available".
 */
final class JpulpYum {

    static final String IMPORTER = "yum_importer";
    static final String DISTRIBUTOR = "yum_distributor";

    private final PluginRegistry registry = PluginRegistry.discover();

    Optional<ImporterType> importer() {
        return registry.importer(IMPORTER);
    }

    Optional<DistributorType> distributor() {
        return registry.distributor(DISTRIBUTOR);
    }

    /** A repository {@code repoId} on a fresh content model in {@code db}, its files under {@code dir/storage}. */
    BenchRpmContext repository(MongoDatabase db, Path dir, String repoId, String feed, int maxDownloads) {
        MigrationRunner migrations = new MigrationRunner(db);
        migrations.run(PlatformMigrations.migrations());
        registry.migrations().forEach(migrations::run);
        Clock clock = Clock.systemUTC();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("feed", feed);
        config.put("download_policy", "immediate");
        config.put("max_downloads", maxDownloads);
        return new BenchRpmContext(repoId, new PluginConfig(config), dir.resolve("work"),
                new ContentStore(new StorageLayout(dir.resolve("storage"))),
                new MongoUnitStore(db, registry.unitTypes(), clock), new MongoRepoContentUnits(db, clock), db,
                IMPORTER);
    }

    /** Syncs and checks that {@code expectedAdded} units of type rpm were added. */
    double sync(BenchRpmContext repo, int expectedAdded) throws Exception {
        ImporterType importer = importer().orElseThrow();
        long start = System.nanoTime();
        SyncReport report = importer.sync(repo);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.addedCount() != expectedAdded) {
            throw new IllegalStateException("the sync added " + report.addedCount() + " units, expected "
                    + expectedAdded + ": " + report.summary());
        }
        return seconds;
    }

    double publish(BenchRpmContext repo) throws Exception {
        DistributorType distributor = distributor().orElseThrow();
        Map<String, Object> config = Map.of("relative_url", repo.repoId(), "http", true, "https", false);
        long start = System.nanoTime();
        PublishReport report = distributor.publish(repo.with(config, DISTRIBUTOR));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report == null) {
            throw new IllegalStateException("the publish returned no report");
        }
        return seconds;
    }
}
