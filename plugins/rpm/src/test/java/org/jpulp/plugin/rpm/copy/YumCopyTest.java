package org.jpulp.plugin.rpm.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpulp.plugin.rpm.copy.CopyBed.byType;
import static org.jpulp.plugin.rpm.copy.CopyBed.criteria;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.plugin.rpm.ErratumPkglists;
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

/** yum_importer's copy from a synced repository into an empty one (reference §7), on MongoDB. */
@ExtendWith(EmbeddedMongoExtension.class)
class YumCopyTest {

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
        feed = YumRepoFixture.with(CopyTestRepos.BEAR_41, CopyTestRepos.BEAR_42, CopyTestRepos.CAT,
                        CopyTestRepos.DUCK, CopyTestRepos.EMU)
                .updateinfo(CopyTestRepos.UPDATEINFO).comps(CopyTestRepos.COMPS).modules(CopyTestRepos.MODULES)
                .metadata("productid", "productid", "zoo product\n")
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

    @Test
    void a_plain_erratum_copy_takes_only_the_erratum_and_creates_no_package_list() throws Exception {
        AssociationReport report = copies.copy("zoo", "dest", byType(RpmUnits.ERRATUM), Map.of());

        assertThat(copies.bed.associations.countsByType("dest")).isEqualTo(Map.of("erratum", 1L));
        assertThat(report.added()).isEqualTo(1);
        assertThat(copies.bed.documents.get(ErratumPkglists.COLLECTION, ErratumPkglists.id("dest", "ZOO-2026:1")))
                .isEmpty();
        assertThat(report.result()).containsEntry("units_failed_signature_filter", List.of())
                .containsEntry("units_successful", List.of(Map.of("type_id", "erratum",
                        "unit_key", Map.of("id", "ZOO-2026:1"))));
    }

    @Test
    void a_recursive_erratum_copy_takes_its_packages_by_nevra_and_its_module_with_the_artifacts() throws Exception {
        AssociationReport report = copies.copy("zoo", "dest", byType(RpmUnits.ERRATUM), Map.of("recursive", true));

        assertThat(copies.rpms("dest")).containsExactly("bear-4.2", "cat-1.0", "duck-0.7");
        assertThat(copies.bed.repoUnits("dest", RpmUnits.MODULEMD)).singleElement()
                .satisfies(m -> assertThat(m.key().get("name")).isEqualTo("pond"));
        assertThat(report.added()).isEqualTo(5);
        assertThat(copies.bed.documents.get(ErratumPkglists.COLLECTION, ErratumPkglists.id("dest", "ZOO-2026:1")))
                .isEmpty();
        List<Map<String, Object>> successful = successful(report);
        assertThat(successful).hasSize(5);
        assertThat(successful).filteredOn(d -> d.get("type_id").equals("rpm"))
                .allSatisfy(d -> assertThat(d).containsKey("signing_key")
                        .extractingByKey("unit_key").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                        .containsKeys("name", "epoch", "version", "release", "arch", "checksumtype", "checksum"));
        assertThat(successful).filteredOn(d -> !d.get("type_id").equals("rpm"))
                .allSatisfy(d -> assertThat(d).doesNotContainKey("signing_key"));
    }

    @Test
    void recursive_conservative_also_expands_errata() throws Exception {
        copies.copy("zoo", "dest", byType(RpmUnits.ERRATUM), Map.of("recursive_conservative", "true"));

        assertThat(copies.rpms("dest")).containsExactly("bear-4.2", "cat-1.0", "duck-0.7");
    }

    @Test
    void a_copied_erratum_finds_its_packages_through_the_repository_it_was_copied_from() throws Exception {
        copies.copy("zoo", "middle", byType(RpmUnits.ERRATUM), Map.of());
        copies.copy("zoo", "middle", UnitAssociationCriteria.ALL, Map.of());

        copies.copy("middle", "dest", byType(RpmUnits.ERRATUM), Map.of("recursive", true));

        assertThat(copies.rpms("dest")).containsExactly("bear-4.2", "cat-1.0", "duck-0.7");
    }

    @Test
    void comps_units_are_cloned_with_the_destination_repo_id_and_the_source_keeps_its_own() throws Exception {
        AssociationReport report = copies.copy("zoo", "dest", byType(RpmUnits.PACKAGE_GROUP), Map.of());

        List<Unit> cloned = copies.bed.repoUnits("dest", RpmUnits.PACKAGE_GROUP);
        assertThat(cloned).hasSize(2).allSatisfy(g -> assertThat(g.key().get("repo_id")).isEqualTo("dest"));
        assertThat(copies.bed.repoUnits("zoo", RpmUnits.PACKAGE_GROUP))
                .allSatisfy(g -> assertThat(g.key().get("repo_id")).isEqualTo("zoo"));
        Unit zoo = cloned.stream().filter(g -> g.key().get("id").equals("zoo")).findFirst().orElseThrow();
        assertThat(zoo.metadata()).containsEntry("name", "Zoo")
                .containsEntry("mandatory_package_names", List.of("bear"));
        assertThat(copies.rpms("dest")).as("not recursive: no packages").isEmpty();
        assertThat(successful(report)).extracting(d -> (Object) ((Map<?, ?>) d.get("unit_key")).get("repo_id"))
                .containsOnly("dest");

        AssociationReport again = copies.copy("zoo", "dest", byType(RpmUnits.PACKAGE_GROUP), Map.of());
        assertThat(again.added()).isZero();
        assertThat(copies.bed.units.count(RpmUnits.PACKAGE_GROUP)).isEqualTo(4);
    }

    @Test
    void a_recursive_category_copy_takes_its_groups_and_the_newest_package_of_each_name_the_destination_lacks()
            throws Exception {
        copies.copy("zoo", "dest", criteria(Map.of("type_ids", List.of("rpm"), "filters",
                Map.of("unit", Map.of("name", "bear", "version", "4.1")))), Map.of());

        copies.copy("zoo", "dest", byType(RpmUnits.PACKAGE_CATEGORY), Map.of("recursive", true));

        assertThat(copies.bed.repoUnits("dest", RpmUnits.PACKAGE_CATEGORY)).singleElement()
                .satisfies(c -> assertThat(c.key().get("repo_id")).isEqualTo("dest"));
        assertThat(copies.bed.repoUnits("dest", RpmUnits.PACKAGE_GROUP)).singleElement()
                .satisfies(g -> assertThat(g.key()).isEqualTo(UnitKey.of(RpmUnits.PACKAGE_GROUP,
                        Map.of("id", "zoo", "repo_id", "dest"))));
        assertThat(copies.rpms("dest")).as("bear is there already").containsExactly("bear-4.1", "cat-1.0");
    }

    @Test
    void a_recursive_group_copy_takes_the_newest_package_of_each_name() throws Exception {
        copies.copy("zoo", "dest", criteria(Map.of("type_ids", List.of("package_group"), "filters",
                Map.of("unit", Map.of("id", "zoo")))), Map.of("recursive", true));

        assertThat(copies.rpms("dest")).containsExactly("bear-4.2", "cat-1.0");
    }

    @Test
    void a_recursive_environment_copy_takes_its_groups_and_option_groups() throws Exception {
        copies.copy("zoo", "dest", byType(RpmUnits.PACKAGE_ENVIRONMENT), Map.of("recursive", true));

        assertThat(copies.bed.repoUnits("dest", RpmUnits.PACKAGE_GROUP)).extracting(g -> g.key().get("id"))
                .containsExactlyInAnyOrder("zoo", "outback");
        assertThat(copies.rpms("dest")).containsExactly("bear-4.2", "cat-1.0", "emu-2.0");
    }

    @Test
    void copying_everything_gives_the_destination_the_same_content_with_its_own_repository_scoped_units()
            throws Exception {
        AssociationReport report = copies.copy("zoo", "dest", UnitAssociationCriteria.ALL, Map.of());

        assertThat(copies.bed.associations.countsByType("dest"))
                .isEqualTo(copies.bed.associations.countsByType("zoo"));
        for (String type : RepoScopedClones.TYPES) {
            assertThat(copies.bed.repoUnits("dest", type)).as(type).isNotEmpty()
                    .allSatisfy(u -> assertThat(u.key().get("repo_id")).isEqualTo("dest"));
        }
        Unit defaults = copies.bed.repoUnits("dest", RpmUnits.MODULEMD_DEFAULTS).get(0);
        assertThat(Path.of(defaults.storagePath())).hasSameBinaryContentAs(Path.of(
                copies.bed.repoUnits("zoo", RpmUnits.MODULEMD_DEFAULTS).get(0).storagePath()));
        assertThat(report.added()).isEqualTo(copies.bed.associations.countsByType("zoo").values().stream()
                .mapToLong(Long::longValue).sum());
    }

    @Test
    void a_module_copy_always_takes_its_artifacts() throws Exception {
        copies.copy("zoo", "dest", criteria(Map.of("type_ids", List.of("modulemd"), "filters",
                Map.of("unit", Map.of("name", "lake")))), Map.of());

        assertThat(copies.rpms("dest")).containsExactly("duck-0.7", "emu-2.0");
    }

    @Test
    void a_metadata_file_clone_has_its_own_copy_of_the_file() throws Exception {
        copies.copy("zoo", "dest", byType(RpmUnits.YUM_REPO_METADATA_FILE), Map.of());

        Unit source = copies.bed.repoUnits("zoo", RpmUnits.YUM_REPO_METADATA_FILE).get(0);
        Unit clone = copies.bed.repoUnits("dest", RpmUnits.YUM_REPO_METADATA_FILE).get(0);
        assertThat(clone.key().get("repo_id")).isEqualTo("dest");
        assertThat(clone.storagePath()).isNotEqualTo(source.storagePath()).startsWith(copies.bed.storage.toString());
        assertThat(clone.downloaded()).isTrue();
        assertThat(Path.of(clone.storagePath())).hasSameBinaryContentAs(Path.of(source.storagePath()))
                .hasFileName(Path.of(source.storagePath()).getFileName().toString());
        assertThat(Files.getLastModifiedTime(Path.of(clone.storagePath())))
                .isEqualTo(Files.getLastModifiedTime(Path.of(source.storagePath())));
        assertThat(clone.metadata()).isEqualTo(source.metadata());
    }

    @Test
    void a_copied_package_replaces_the_destination_package_of_the_same_nevra_with_another_checksum()
            throws Exception {
        Unit bear42 = copies.bed.repoUnits("zoo", RpmUnits.RPM).stream()
                .filter(u -> u.key().get("version").equals("4.2")).findFirst().orElseThrow();
        Map<String, Object> otherKey = new java.util.TreeMap<>(bear42.key().fields());
        otherKey.put("checksum", "0".repeat(64));
        Unit rebuilt = copies.bed.units.insertIfAbsent(new NewUnit(UnitKey.of(RpmUnits.RPM, otherKey), Map.of(),
                null));
        Unit bear41 = copies.bed.repoUnits("zoo", RpmUnits.RPM).stream()
                .filter(u -> u.key().get("version").equals("4.1")).findFirst().orElseThrow();
        copies.bed.associations.associate("dest", RpmUnits.RPM, rebuilt.id());
        copies.bed.associations.associate("dest", RpmUnits.RPM, bear41.id());

        AssociationReport report = copies.copy("zoo", "dest", criteria(Map.of("type_ids", List.of("rpm"),
                "filters", Map.of("unit", Map.of("name", "bear", "version", "4.2")))), Map.of());

        assertThat(copies.bed.associations.unitIds("dest", RpmUnits.RPM))
                .containsExactlyInAnyOrder(bear42.id(), bear41.id());
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);
    }

    @Test
    void the_destination_signature_policy_filters_copied_packages() throws Exception {
        AssociationReport required = copies.copy("zoo", "strict", byType(RpmUnits.RPM),
                Map.of("require_signature", true));
        AssociationReport keysOnly = copies.copy("zoo", "keyed", byType(RpmUnits.RPM),
                Map.of("allowed_keys", List.of("F21541EB")));

        assertThat(copies.rpms("strict")).as("the test packages are unsigned").isEmpty();
        assertThat(required.added()).isZero();
        assertThat(successful(required)).isEmpty();
        assertThat((List<?>) required.result().get("units_failed_signature_filter")).hasSize(5)
                .allSatisfy(d -> {
                    assertThat(((Map<?, ?>) d).get("type_id")).isEqualTo("rpm");
                    assertThat(((Map<?, ?>) d).containsKey("signing_key")).isTrue();
                    assertThat(((Map<?, ?>) d).get("signing_key")).isNull();
                });
        assertThat(copies.rpms("keyed")).as("unsigned packages pass allowed_keys alone").hasSize(5);
        assertThat((List<?>) keysOnly.result().get("units_failed_signature_filter")).isEmpty();
    }

    @Test
    void additional_repos_without_a_recursive_flag_fails_and_copies_nothing() {
        assertThatThrownBy(() -> copies.copy("zoo", "dest", byType(RpmUnits.ERRATUM),
                Map.of("additional_repos", Map.of("other", "dest2"))))
                .isInstanceOf(PluginException.class).hasMessageContaining("additional_repos");
        assertThat(copies.bed.associations.countsByType("dest")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> successful(AssociationReport report) {
        return (List<Map<String, Object>>) report.result().get("units_successful");
    }
}
