package org.jpulp.plugin.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.jpulp.common.content.mongo.MongoPluginDocuments;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.rpm.TestRpm;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Sync and re-sync of a yum repository on the MongoDB stores, with the schema the migrations make. */
@ExtendWith(EmbeddedMongoExtension.class)
class YumMongoFlowTest {

    private static final String UPDATEINFO = "<?xml version=\"1.0\"?><updates><update from=\"z@example.com\" "
            + "status=\"final\" type=\"bugfix\" version=\"1\"><id>ZOO-1</id><title>t</title><issued date=\"2026-01-01\"/>"
            + "<pkglist><collection short=\"z\"><name>z</name><package name=\"bear\" version=\"1.0\" release=\"1\" "
            + "epoch=\"0\" arch=\"noarch\"><filename>bear-1.0-1.noarch.rpm</filename></package></collection>"
            + "</pkglist></update></updates>";

    @TempDir
    Path tmp;

    @Test
    void syncAndUnchangedResyncOnMongodb(MongoDatabase db) throws Exception {
        MigrationRunner migrations = new MigrationRunner(db);
        migrations.run(PlatformMigrations.migrations());
        migrations.run(RpmMigrations.migrations());
        MutableClock clock = new MutableClock();
        RpmTestBed bed = new RpmTestBed(tmp, new MongoUnitStore(db, RpmUnits.ALL, clock),
                new MongoRepoContentUnits(db, clock), new MongoPluginDocuments(db));
        YumRepoFixture fixture = YumRepoFixture.with(TestRpm.of("bear", "1.0", "1").withChangelog(
                LocalDate.of(2026, 1, 2), "Zoë <z@example.com> - 1.0-1", "Ünïcode"), TestRpm.of("cat", "2.0", "1"))
                .updateinfo(UPDATEINFO).compression("xz");
        for (int i = 0; i < 12; i++) {
            fixture.add(TestRpm.of("ant", "1." + i, "1"));
        }
        try (FixtureServer server = FixtureServer.http()) {
            String feed = fixture.build(tmp.resolve("feed")).serve(server, "/zoo/").toString();
            Map<String, Object> config = Map.of("feed", feed, "retain_old_count", 4);

            assertThat(bed.sync("zoo", config).addedCount()).isEqualTo(8);
            server.resetCounters();
            assertThat(bed.sync("zoo", config).addedCount()).isZero();
            assertThat(server.totalRequests()).isEqualTo(1);

            assertThat(bed.associations.countsByType("zoo")).isEqualTo(Map.of("rpm", 7L, "erratum", 1L));
            assertThat(db.getCollection("units_rpm").countDocuments()).as("older ants are not stored").isEqualTo(7);
            Document bear = db.getCollection("units_rpm").find(new Document("name", "bear")).first();
            assertThat(bear).containsEntry("_content_type_id", "rpm").containsEntry("downloaded", true)
                    .containsEntry("filename", "bear-1.0-1.noarch.rpm").containsEntry("epoch", "0");
            assertThat(((Document) bear.get("repodata")).get("other")).isInstanceOf(Binary.class);
            assertThat(PackageSnippets.fromStored(bear.get("repodata")).other()).contains("Ünïcode");
            Document pkglist = db.getCollection(ErratumPkglists.COLLECTION).find().first();
            assertThat(pkglist).containsEntry("_id", "zoo/ZOO-1").containsEntry("repo_id", "zoo");
            assertThat(ErratumPkglists.collections(bed.documents, "zoo", "ZOO-1")).hasSize(1);
        }
    }
}
