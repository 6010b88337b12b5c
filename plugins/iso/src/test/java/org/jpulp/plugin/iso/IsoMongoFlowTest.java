package org.jpulp.plugin.iso;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.plugin.iso.testbed.Feed;
import org.jpulp.plugin.iso.testbed.IsoTestBed;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Sync, re-sync and publish on the MongoDB stores, with the schema the platform and plugin migrations make. */
@ExtendWith(EmbeddedMongoExtension.class)
class IsoMongoFlowTest {

    @TempDir
    Path tmp;

    @Test
    void sync_resync_and_publish_on_mongodb(MongoDatabase db) throws Exception {
        MigrationRunner migrations = new MigrationRunner(db);
        migrations.run(PlatformMigrations.migrations());
        migrations.run(IsoMigrations.migrations());
        MutableClock clock = new MutableClock();
        IsoTestBed bed = new IsoTestBed(tmp, new MongoUnitStore(db, List.of(IsoUnits.TYPE), clock),
                new MongoRepoContentUnits(db, clock));
        try (FixtureServer server = FixtureServer.http()) {
            Feed feed = new Feed(server, "feed");
            for (int i = 0; i < 20; i++) {
                feed.add("f" + i + ".iso", 1000 + i);
            }
            Map<String, Object> config = Map.of("feed", feed.url().toString());

            assertThat(bed.importer.sync(bed.sync(bed.newTask(), "zoo", config)).addedCount()).isEqualTo(20);
            server.resetCounters();
            assertThat(bed.importer.sync(bed.sync(bed.newTask(), "zoo", config)).addedCount()).isZero();
            assertThat(server.totalRequests()).isEqualTo(1);
            bed.distributor.publish(bed.publish(bed.newTask(), "zoo", "iso_distributor", Map.of()));

            assertThat(db.getCollection("units_iso").countDocuments()).isEqualTo(20);
            assertThat(bed.associations.countsByType("zoo")).isEqualTo(Map.of("iso", 20L));
            Path https = bed.published("https", "zoo");
            for (Map.Entry<String, byte[]> f : feed.files().entrySet()) {
                assertThat(Files.readAllBytes(https.resolve(f.getKey()))).isEqualTo(f.getValue());
            }
            assertThat(Files.readString(https.resolve("PULP_MANIFEST")).split("\r\n")).hasSize(20);
        }
    }
}
