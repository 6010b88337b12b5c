package org.jpulp.plugin.rpm.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpulp.plugin.rpm.copy.CopyBed.byType;
import static org.jpulp.plugin.rpm.copy.CopyBed.criteria;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** yum_importer's remove (reference §7): modules take their artifacts along, packages leave errata in place. */
@ExtendWith(EmbeddedMongoExtension.class)
class YumUnassociateTest {

    @TempDir
    static Path feedDir;
    static FixtureServer server;
    static String feed;

    @TempDir
    Path dir;
    CopyBed copies;

    @BeforeAll
    static void buildFeed() {
        server = FixtureServer.http();
        feed = YumRepoFixture.with(CopyTestRepos.BEAR_42, CopyTestRepos.CAT, CopyTestRepos.DUCK, CopyTestRepos.EMU)
                .updateinfo(CopyTestRepos.UPDATEINFO).modules(CopyTestRepos.MODULES)
                .build(feedDir.resolve("zoo")).serve(server, "/zoo/").toString();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void syncSource(MongoDatabase db) throws Exception {
        copies = new CopyBed(db, dir);
        copies.bed.sync("zoo", Map.of("feed", feed));
    }

    private static Map<String, Object> module(String name) {
        return Map.of("type_ids", List.of("modulemd"), "filters", Map.of("unit", Map.of("name", name)));
    }

    @Test
    void a_removed_module_takes_the_artifacts_no_remaining_module_lists() throws Exception {
        AssociationReport lake = copies.unassociate("zoo", criteria(module("lake")));

        assertThat(copies.rpms("zoo")).as("duck stays: pond lists it").containsExactly("bear-4.2", "cat-1.0",
                "duck-0.7");
        assertThat(lake.removed()).isEqualTo(2);
        assertThat(lake.units()).extracting(u -> u.typeId() + ":" + u.key().get("name"))
                .containsExactlyInAnyOrder("modulemd:lake", "rpm:emu");

        copies.unassociate("zoo", criteria(module("pond")));

        assertThat(copies.rpms("zoo")).containsExactly("bear-4.2", "cat-1.0");
        assertThat(copies.bed.associations.countsByType("zoo")).doesNotContainKey(RpmUnits.MODULEMD);
    }

    @Test
    void removing_packages_keeps_the_errata_and_modules_that_name_them() throws Exception {
        AssociationReport report = copies.unassociate("zoo", byType(RpmUnits.RPM));

        assertThat(copies.rpms("zoo")).isEmpty();
        assertThat(copies.bed.associations.countsByType("zoo"))
                .isEqualTo(Map.of(RpmUnits.ERRATUM, 1L, RpmUnits.MODULEMD, 2L, RpmUnits.MODULEMD_DEFAULTS, 1L));
        assertThat(report.removed()).isEqualTo(4);
        List<?> successful = (List<?>) report.result().get("units_successful");
        assertThat(successful).hasSize(4).allSatisfy(d -> assertThat(((Map<?, ?>) d).containsKey("signing_key"))
                .isTrue());
    }
}
