package org.jpulp.plugin.rpm.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.mongo.MongoPluginDocuments;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.plugin.rpm.RpmMigrations;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.testbed.CreaterepoUnits;
import org.jpulp.testing.rpm.Dnf;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.rpm.TestRpm;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Publishing from the MongoDB stores, with the schema the platform and plugin migrations make. */
@ExtendWith(EmbeddedMongoExtension.class)
class YumPublishMongoTest {

    @TempDir
    Path tmp;

    @Test
    void publishes_from_mongodb_with_stored_snippets_checksums_and_pkglists(MongoDatabase db) throws Exception {
        MigrationRunner migrations = new MigrationRunner(db);
        migrations.run(PlatformMigrations.migrations());
        migrations.run(RpmMigrations.migrations());
        MutableClock clock = new MutableClock();
        RpmTestBed bed = new RpmTestBed(tmp, new MongoUnitStore(db, RpmUnits.ALL, clock),
                new MongoRepoContentUnits(db, clock), new MongoPluginDocuments(db));
        Path upstream = YumRepoFixture.with(TestRpm.of("bear", "4.1", "1"), TestRpm.of("cat", "1.0", "1"))
                .build(tmp.resolve("upstream")).dir();
        List<Unit> units = CreaterepoUnits.importInto(bed, "zoo", upstream);
        Unit erratum = bed.units.insertIfAbsent(new org.jpulp.common.content.NewUnit(
                org.jpulp.common.content.UnitKey.of(RpmUnits.ERRATUM, Map.of("id", "ZOO-1")),
                Map.of("title", "t", "description", "d", "type", "bugfix", "status", "final", "version", "1",
                        "issued", "2026-11-20", "from", "zoo@example.org"), null));
        bed.associations.associate("zoo", RpmUnits.ERRATUM, erratum.id());
        bed.documents.put("erratum_pkglists", "zoo/ZOO-1", Map.of("errata_id", "ZOO-1", "repo_id", "zoo",
                "collections", List.of(Map.of("name", "c", "short", "", "packages",
                        List.of(YumPublishTest.pkg("cat", "0", "1.0", "1", "noarch"))))));
        YumDistributor distributor = new YumDistributor();
        Map<String, Object> config = Map.of("relative_url", "zoo", "http", true, "https", false,
                "checksum_type", "sha512");

        PublishReport report = distributor.publish(bed.publish(bed.newTask(), "zoo", "yum_distributor", config));

        assertThat(report.result()).isEqualTo(PublishReport.SUCCESS);
        Path http = bed.published("http", "zoo");
        Dnf dnf = new Dnf(tmp.resolve("dnf"), http.toUri().toString());
        assertThat(dnf.packages()).containsExactly("bear-0:4.1-1.noarch Packages/b/bear-4.1-1.noarch.rpm",
                "cat-0:1.0-1.noarch Packages/c/cat-1.0-1.noarch.rpm");
        assertThat(dnf.advisoryPackages("ZOO-1")).containsExactly("cat-0:1.0-1.noarch");
        Map<?, ?> checksums = (Map<?, ?>) bed.units.get(RpmUnits.RPM, units.get(0).id()).orElseThrow().metadata()
                .get("checksums");
        assertThat(checksums.get("sha512")).asString().hasSize(128);
        assertThat(distributor.publish(bed.publish(bed.newTask(), "zoo", "yum_distributor", config)).result())
                .isEqualTo(PublishReport.SKIPPED);
    }
}
