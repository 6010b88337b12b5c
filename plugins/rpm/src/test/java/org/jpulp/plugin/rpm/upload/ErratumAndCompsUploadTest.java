package org.jpulp.plugin.rpm.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.rpm.ErratumPkglists;
import org.jpulp.plugin.rpm.testbed.UploadTestBed;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedMongoExtension.class)
class ErratumAndCompsUploadTest {

    @TempDir
    Path dir;
    UploadTestBed bed;
    final RpmUploads uploads = new RpmUploads();

    @BeforeEach
    void setUp(MongoDatabase db) {
        bed = new UploadTestBed(db, dir);
    }

    @Test
    void anErratumIsStoredWithPulp2NamesAndItsPkglistApart() throws Exception {
        UploadReport report = upload("zoo", "erratum", Map.of("id", "RHEA-2099:0001"),
                erratum("2015-03-05 05:42:53 UTC", "6", "bear-4.1-1.noarch.rpm"), Map.of());

        assertThat(report.successFlag()).as(report.toString()).isTrue();
        Unit unit = erratumUnit();
        assertThat(unit.key().fields()).containsExactly(Map.entry("id", "RHEA-2099:0001"));
        assertThat(unit.metadata()).containsEntry("title", "sample title").containsEntry("from", "errata@example.com")
                .containsEntry("description", "Ünïcødé description").containsEntry("reboot_suggested", false)
                .doesNotContainKeys("pkglist", "id");
        assertThat(bed.associations.unitIds("zoo", "erratum")).containsExactly(unit.id());
        Document stored = bed.db.getCollection("erratum_pkglists").find().first();
        assertThat(stored).containsEntry("errata_id", "RHEA-2099:0001").containsEntry("repo_id", "zoo");
        assertThat(pkglist("RHEA-2099:0001", "zoo"))
                .singleElement().satisfies(c -> {
                    assertThat(c).containsEntry("name", "pkglist-name").containsEntry("short", "");
                    assertThat((List<?>) c.get("packages")).singleElement().asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .containsEntry("filename", "bear-4.1-1.noarch.rpm")
                            .containsEntry("sum", List.of("sha256", "ceb0"));
                });
    }

    @Test
    void aNewerErratumUpdatesTheStoredOneAndReplacesThePkglistAnOlderOneDoesNot() throws Exception {
        upload("zoo", "erratum", Map.of("id", "E-1"), erratum("2015-03-05 05:42", "6", "bear-4.1-1.noarch.rpm"),
                Map.of());

        Map<String, Object> older = erratum("2015-03-04", "9", "old.rpm");
        older.put("title", "older title");
        older.put("reboot_suggested", true);
        assertThat(upload("zoo", "erratum", Map.of("id", "E-1"), older, Map.of()).successFlag()).isTrue();
        assertThat(erratumUnit().metadata()).containsEntry("title", "sample title")
                .containsEntry("reboot_suggested", true);
        assertThat(packageFilenames("zoo")).containsExactly("bear-4.1-1.noarch.rpm");

        upload("aquarium", "erratum", Map.of("id", "E-1"), erratum("2015-03-05 05:42", "6", "x.rpm"), Map.of());
        var before = bed.associations.find("aquarium", "erratum", erratumUnit().id()).orElseThrow().updated();
        Map<String, Object> newer = erratum("2015-03-06 00:00:00", "7", "bear-4.2-1.noarch.rpm");
        newer.put("title", "newer title");
        bed.clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(upload("zoo", "erratum", Map.of("id", "E-1"), newer, Map.of()).successFlag()).isTrue();
        assertThat(bed.associations.find("aquarium", "erratum", erratumUnit().id()).orElseThrow().updated())
                .as("another repository holding the updated erratum sees a change").isNotEqualTo(before);
        assertThat(erratumUnit().metadata()).containsEntry("title", "newer title").containsEntry("version", "7");
        assertThat(packageFilenames("zoo")).containsExactly("bear-4.2-1.noarch.rpm");
        assertThat(bed.units.count("erratum")).isEqualTo(1);
    }

    @Test
    void equalDatesAreDecidedByVersionAndAnUnparseableDateFails() throws Exception {
        upload("zoo", "erratum", Map.of("id", "E-2"), erratum("2020-01-01", "2", "a.rpm"), Map.of());

        Map<String, Object> sameDateHigherVersion = erratum("2020-01-01 00:00:00", "3", "b.rpm");
        sameDateHigherVersion.put("title", "v3");
        upload("zoo", "erratum", Map.of("id", "E-2"), sameDateHigherVersion, Map.of());
        UploadReport badDate = upload("zoo", "erratum", Map.of("id", "E-2"), erratum("March 2020", "4", "c.rpm"),
                Map.of());

        assertThat(erratumUnit().metadata()).containsEntry("title", "v3");
        assertThat(badDate.successFlag()).isFalse();
        assertThat(badDate.summary().toString()).contains("'March 2020'", "YYYY-MM-DD");
    }

    @Test
    void eachRepositoryKeepsItsOwnPkglistAndSkipErratumLinkLeavesTheRepositoryAlone() throws Exception {
        upload("zoo", "erratum", Map.of("id", "E-3"), erratum("2020-01-01", "1", "zoo.rpm"), Map.of());
        Map<String, Object> csvShaped = erratum("2020-01-01", "1", "aquarium.rpm");
        csvShaped.put("pkglist", List.of(Map.of("name", "c", "packages", List.of(Map.of("name", "fish",
                "filename", "aquarium.rpm", "sums", "abc", "type", "md5")))));

        assertThat(upload("aquarium", "erratum", Map.of("id", "E-3"), csvShaped, Map.of("skip_erratum_link", true))
                .successFlag()).isTrue();

        assertThat(bed.associations.unitIds("aquarium", "erratum")).isEmpty();
        assertThat(bed.db.getCollection("erratum_pkglists").distinct("repo_id", String.class)
                .into(new java.util.ArrayList<>())).containsExactlyInAnyOrder("aquarium", "zoo");
        assertThat(packageFilenames("aquarium")).containsExactly("aquarium.rpm");
        assertThat(pkglist("E-3", "aquarium").get(0).get("packages"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsExactlyInAnyOrderEntriesOf(Map.of("name", "fish", "filename", "aquarium.rpm",
                        "sum", List.of("md5", "abc")));
    }

    @Test
    void anErratumWithoutIdOrWithABadPkglistFails() throws Exception {
        UploadReport noId = upload("zoo", "erratum", Map.of(), Map.of("title", "t"), Map.of());
        UploadReport badPkglist = upload("zoo", "erratum", Map.of("id", "E-4"), Map.of("pkglist", "bear"), Map.of());

        assertThat(noId.successFlag()).isFalse();
        assertThat(noId.summary().toString()).contains("needs its id");
        assertThat(badPkglist.successFlag()).isFalse();
        assertThat(badPkglist.summary().toString()).contains("pkglist is invalid");
        assertThat(bed.units.count("erratum")).isZero();
    }

    @Test
    void aPackageGroupUploadedTwiceIsUpdatedInPlaceInItsRepository() throws Exception {
        Map<String, Object> first = Map.of("name", "Mammals", "mandatory_package_names", List.of("bear"),
                "display_order", 3);
        Map<String, Object> second = Map.of("name", "Mammals and more", "user_visible", true,
                "mandatory_package_names", List.of("bear", "walrus"));

        assertThat(upload("zoo", "package_group", Map.of("id", "mammals", "repo_id", "other"), first, Map.of())
                .successFlag()).isTrue();
        assertThat(upload("zoo", "package_group", Map.of("id", "mammals"), second, Map.of()).successFlag()).isTrue();

        assertThat(bed.units.count("package_group")).isEqualTo(1);
        Unit group = bed.units.find(UnitKey.of("package_group", Map.of("id", "mammals", "repo_id", "zoo")))
                .orElseThrow();
        assertThat(group.metadata()).containsEntry("name", "Mammals and more").containsEntry("user_visible", true)
                .containsEntry("default", false).containsEntry("mandatory_package_names", List.of("bear", "walrus"));
        assertThat(bed.associations.unitIds("zoo", "package_group")).containsExactly(group.id());
    }

    @Test
    void categoriesEnvironmentsAndLangpacksAreUploadedByKeyAndMetadata() throws Exception {
        assertThat(upload("zoo", "package_category", Map.of("id", "animals"),
                Map.of("name", "Animals", "packagegroupids", List.of("mammals")), Map.of()).successFlag()).isTrue();
        assertThat(upload("zoo", "package_environment", Map.of("id", "wild"),
                Map.of("name", "Wild", "group_ids", List.of("mammals"),
                        "options", List.of(Map.of("group", "birds", "default", true))), Map.of()).successFlag())
                .isTrue();
        assertThat(upload("zoo", "package_langpacks", Map.of(),
                Map.of("matches", List.of(Map.of("install", "gorilla-%s", "name", "gorilla-en"))), Map.of())
                .successFlag()).isTrue();
        UploadReport noId = upload("zoo", "package_category", Map.of(), Map.of("name", "x"), Map.of());

        assertThat(bed.associations.countsByType("zoo")).containsEntry("package_category", 1L)
                .containsEntry("package_environment", 1L).containsEntry("package_langpacks", 1L);
        assertThat(bed.units.find(UnitKey.of("package_langpacks", Map.of("repo_id", "zoo")))).isPresent();
        assertThat(noId.successFlag()).isFalse();
    }

    @Test
    void aCompsFileUploadedAsPackageGroupBringsEveryUnitInIt() throws Exception {
        Path comps = Files.writeString(dir.resolve("comps.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE comps PUBLIC "-//Red Hat, Inc.//DTD Comps info//EN" "comps.dtd">
                <comps>
                  <group>
                    <id>mammals</id>
                    <name>Mammals</name>
                    <name xml:lang="de">Säugetiere</name>
                    <description>Furry</description>
                    <default>true</default>
                    <uservisible>true</uservisible>
                    <packagelist>
                      <packagereq type="mandatory">bear</packagereq>
                      <packagereq type="optional">walrus</packagereq>
                    </packagelist>
                  </group>
                  <category>
                    <id>animals</id>
                    <name>Animals</name>
                    <grouplist><groupid>mammals</groupid></grouplist>
                  </category>
                  <environment>
                    <id>wild</id>
                    <name>Wild</name>
                    <grouplist><groupid>mammals</groupid></grouplist>
                  </environment>
                  <langpacks>
                    <match install="gorilla-%s" name="gorilla"/>
                  </langpacks>
                </comps>
                """);
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<comps><group><id>x</id>");

        UploadReport report = uploadFile("zoo", comps);
        UploadReport again = uploadFile("zoo", comps);
        UploadReport bad = uploadFile("zoo", broken);

        assertThat(report.successFlag()).as(report.toString()).isTrue();
        assertThat(again.successFlag()).isTrue();
        assertThat(bed.associations.countsByType("zoo")).containsEntry("package_group", 1L)
                .containsEntry("package_category", 1L).containsEntry("package_environment", 1L)
                .containsEntry("package_langpacks", 1L);
        assertThat(bed.units.find(UnitKey.of("package_group", Map.of("id", "mammals", "repo_id", "zoo")))
                .orElseThrow().metadata()).containsEntry("name", "Mammals")
                .containsEntry("mandatory_package_names", List.of("bear"));
        assertThat(bad.successFlag()).isFalse();
        assertThat(bad.summary().toString()).startsWith("the uploaded comps.xml is invalid");
    }

    private UploadReport uploadFile(String repo, Path file) throws Exception {
        return uploads.importUpload(bed.upload(repo, "package_group", Map.of(), Map.of(), file, Map.of()));
    }

    @Test
    void anUnknownTypeIsRefused() throws Exception {
        UploadReport report = upload("zoo", "distribution", Map.of("id", "x"), Map.of(), Map.of());

        assertThat(report.successFlag()).isFalse();
        assertThat(report.details()).containsEntry("errors", List.of("distribution is not a supported type for upload"));
    }

    private Unit erratumUnit() {
        return bed.units.find(UnitKey.of("erratum", Map.of("id", bed.units.count("erratum") == 1
                ? bed.db.getCollection("units_erratum").find().first().getString("id") : "?"))).orElseThrow();
    }

    private List<Object> packageFilenames(String repo) {
        String id = bed.db.getCollection("units_erratum").find().first().getString("id");
        return pkglist(id, repo).stream()
                .flatMap(c -> ((List<?>) c.get("packages")).stream())
                .map(p -> ((Map<?, ?>) p).get("filename")).map(Object.class::cast).toList();
    }

    private List<Map<String, Object>> pkglist(String erratumId, String repo) {
        List<Map<String, Object>> collections = ErratumPkglists.collections(bed.documents(), repo, erratumId);
        assertThat(collections).as("the package list of " + erratumId + " in " + repo).isNotEmpty();
        return collections;
    }

    private static Map<String, Object> erratum(String updated, String version, String filename) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "ignored-the-key-wins");
        m.put("title", "sample title");
        m.put("description", "Ünïcødé description");
        m.put("version", version);
        m.put("status", "final");
        m.put("type", "enhancement");
        m.put("issued", "2015-03-05 05:42:53 UTC");
        m.put("updated", updated);
        m.put("from", "errata@example.com");
        m.put("solution", "upgrade");
        m.put("references", List.of(Map.of("href", "https://example.com/e.html", "id", "X-1", "title", "X-1",
                "type", "self")));
        m.put("pkglist", List.of(Map.of("name", "pkglist-name", "packages", List.of(Map.of("name", "bear",
                "epoch", "0", "version", "4.1", "release", "1", "arch", "noarch", "filename", filename,
                "sum", List.of("sha256", "ceb0"))))));
        return m;
    }

    private UploadReport upload(String repo, String type, Map<String, Object> key, Map<String, Object> metadata,
                                Map<String, Object> config) throws Exception {
        return uploads.importUpload(bed.upload(repo, type, key, metadata, null, config));
    }
}
