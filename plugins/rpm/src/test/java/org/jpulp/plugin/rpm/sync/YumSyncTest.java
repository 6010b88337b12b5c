package org.jpulp.plugin.rpm.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpulp.plugin.rpm.sync.YumFeeds.BEAR_41;
import static org.jpulp.plugin.rpm.sync.YumFeeds.BEAR_42;
import static org.jpulp.plugin.rpm.sync.YumFeeds.BEAR_5;
import static org.jpulp.plugin.rpm.sync.YumFeeds.CAT;
import static org.jpulp.plugin.rpm.sync.YumFeeds.CAT_SRC;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.plugin.rpm.ErratumPkglists;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.Checksums;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.jpulp.testing.rpm.YumRepoFixture.YumRepo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YumSyncTest {

    @TempDir
    Path dir;
    RpmTestBed bed;
    FixtureServer server;

    @BeforeEach
    void setUp() {
        bed = new RpmTestBed(dir);
        server = FixtureServer.http();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private String serve(YumRepoFixture fixture) {
        YumRepo repo = fixture.build(dir.resolve("feed"));
        return repo.serve(server, "/zoo/").toString();
    }

    @Test
    void syncsPackagesErrataCompsModulesAndOtherMetadata() throws Exception {
        String feed = serve(YumRepoFixture.with(BEAR_41, BEAR_42, CAT, CAT_SRC).compression("xz")
                .updateinfo(YumFeeds.UPDATEINFO).comps(YumFeeds.COMPS).modules(YumFeeds.MODULES)
                .metadata("productid", "productid", "zoo product\n"));
        FakeTask task = bed.newTask();

        SyncReport report = bed.importer.sync(bed.sync(task, "zoo", Map.of("feed", feed)));

        assertThat(bed.associations.countsByType("zoo")).isEqualTo(Map.of("rpm", 3L, "srpm", 1L, "erratum", 1L,
                "package_group", 1L, "package_category", 1L, "package_environment", 1L, "package_langpacks", 1L,
                "modulemd", 1L, "modulemd_defaults", 1L, "yum_repo_metadata_file", 1L));
        assertThat(report.addedCount()).isEqualTo(12);
        assertThat(report.removedCount()).isZero();
        for (Unit rpm : bed.repoUnits("zoo", "rpm")) {
            assertThat(rpm.downloaded()).isTrue();
            assertThat(Checksums.of(Path.of(rpm.storagePath()), "sha256")).isEqualTo(rpm.key().get("checksum"));
            assertThat(Path.of(rpm.storagePath())).startsWith(bed.storage)
                    .hasFileName((String) rpm.metadata().get("filename"));
        }
        Unit bear = bed.repoUnits("zoo", "rpm").stream().filter(u -> u.key().get("version").equals("4.1"))
                .findFirst().orElseThrow();
        assertThat(bed.repoUnits("zoo", "rpm")).filteredOn(u -> Boolean.TRUE.equals(u.metadata().get("is_modular")))
                .as("the module's artifact").singleElement()
                .satisfies(u -> assertThat(u.key().get("version")).isEqualTo("4.2"));
        assertThat(bear.metadata()).containsEntry("filename", "bear-4.1-1.noarch.rpm")
                .containsKeys("changelog", "files", "requires", "provides", "repodata", "header_range");
        assertThat(PackageSnippets.fromStored(bear.metadata().get("repodata")).other()).contains("Grüße aus dem Zoo");
        assertThat(bed.repoUnits("zoo", "srpm")).singleElement()
                .satisfies(u -> assertThat(u.metadata()).containsEntry("filename", "cat-1.0-1.src.rpm"));

        Unit erratum = bed.repoUnits("zoo", "erratum").get(0);
        assertThat(erratum.key().get("id")).isEqualTo("ZOO-2026:1");
        assertThat(erratum.metadata()).containsEntry("type", "security").containsEntry("severity", "Important")
                .containsEntry("updated", "2026-11-02 10:00:00").containsEntry("from", "errata@example.com")
                .containsEntry("description", "Fixes grizzly bugs — ünïcode");
        assertThat(ErratumPkglists.collections(bed.documents, "zoo", "ZOO-2026:1")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("short", "zoo").containsEntry("name", "Zoo"));

        Unit group = bed.repoUnits("zoo", "package_group").get(0);
        assertThat(group.key().fields()).isEqualTo(Map.of("id", "zoo", "repo_id", "zoo"));
        assertThat(group.metadata()).containsEntry("mandatory_package_names", List.of("bear"))
                .containsEntry("optional_package_names", List.of("cat"))
                .containsEntry("conditional_package_names", List.of(List.of("cat", "bear")))
                .containsEntry("translated_name", Map.of("de", "Tierpark")).containsEntry("default", true)
                .containsEntry("display_order", 5L);
        Unit module = bed.repoUnits("zoo", "modulemd").get(0);
        assertThat(module.key().fields()).containsEntry("name", "zoo").containsEntry("stream", "1.0")
                .containsEntry("version", 20261118L);
        assertThat(module.metadata()).containsEntry("artifacts", List.of("bear-0:4.2-1.noarch"));
        assertThat(Files.readString(Path.of(module.storagePath()))).startsWith("---\ndocument: modulemd\n");
        Unit productid = bed.repoUnits("zoo", "yum_repo_metadata_file").get(0);
        assertThat(productid.key().get("data_type")).isEqualTo("productid");

        Map<String, Object> progress = task.progress(YumImporter.ID);
        assertThat(progress).containsOnlyKeys("metadata", "content", "distribution", "modules", "errata", "comps",
                "purge_duplicates");
        assertThat(state(progress, "metadata")).isEqualTo("FINISHED");
        assertThat(state(progress, "distribution")).isEqualTo("SKIPPED");
        assertThat((Map<String, Object>) progress.get("content")).containsEntry("state", "FINISHED")
                .containsEntry("items_total", 4).containsEntry("items_left", 0).containsEntry("size_left", 0L);
        bed.assertNothingOutsideTheStorageRoots();
    }

    @Test
    void resyncOfAnUnchangedRepositoryFetchesOnlyRepomd() throws Exception {
        String feed = serve(YumRepoFixture.with(BEAR_41, CAT).updateinfo(YumFeeds.UPDATEINFO));
        bed.sync("zoo", Map.of("feed", feed));
        server.resetCounters();

        FakeTask task = bed.newTask();
        SyncReport again = bed.importer.sync(bed.sync(task, "zoo", Map.of("feed", feed)));

        assertThat(again.addedCount()).isZero();
        assertThat(again.removedCount()).isZero();
        assertThat(server.totalRequests()).isEqualTo(1);
        assertThat(server.requests("/zoo/repodata/repomd.xml")).isEqualTo(1);
        assertThat(bed.documents.get(SyncRecords.COLLECTION, "zoo").orElseThrow())
                .containsEntry("checksum_type", "sha256").containsKeys("repomd_checksum", "repomd_revision");
        assertThat(state(task.progress(YumImporter.ID), "content")).isEqualTo("SKIPPED");

        bed.associations.unassociate("zoo", "rpm", bed.repoUnits("zoo", "rpm").get(0).id());
        server.resetCounters();
        SyncReport repaired = bed.sync("zoo", Map.of("feed", feed));
        assertThat(repaired.addedCount()).isEqualTo(1);
        assertThat(server.requests("/zoo/Packages/bear-4.1-1.noarch.rpm")
                + server.requests("/zoo/Packages/cat-1.0-1.noarch.rpm")).as("files already stored").isZero();
    }

    @Test
    void removeMissingDropsWhatUpstreamNoLongerHasAndRetainOldCountKeepsTheNewest() throws Exception {
        String feed = serve(YumRepoFixture.with(BEAR_41, BEAR_42, CAT));
        bed.sync("zoo", Map.of("feed", feed));
        YumRepoFixture.with(BEAR_42, BEAR_5).build(dir.resolve("feed2")).serve(server, "/zoo/");

        SyncReport kept = bed.sync("zoo", Map.of("feed", feed));
        assertThat(nevras("zoo")).containsExactlyInAnyOrder("bear-4.1", "bear-4.2", "cat-1.0", "bear-1.0");
        assertThat(kept.addedCount()).isEqualTo(1);

        SyncReport mirrored = bed.sync("zoo", Map.of("feed", feed, "remove_missing", true));
        assertThat(nevras("zoo")).containsExactlyInAnyOrder("bear-4.2", "bear-1.0");
        assertThat(mirrored.removedCount()).isEqualTo(2);

        SyncReport retained = bed.sync("zoo", Map.of("feed", feed, "retain_old_count", 0));
        assertThat(nevras("zoo")).as("epoch 1 beats 4.2").containsExactly("bear-1.0");
        assertThat(retained.removedCount()).isEqualTo(1);
    }

    @Test
    void typeSkipListSkipsPackagesAndErrata() throws Exception {
        String feed = serve(YumRepoFixture.with(BEAR_41, CAT_SRC).updateinfo(YumFeeds.UPDATEINFO));

        bed.sync("zoo", Map.of("feed", feed, "type_skip_list", List.of("rpm", "erratum")));

        assertThat(bed.associations.countsByType("zoo")).isEmpty();
        assertThat(server.requests("/zoo/Packages/bear-4.1-1.noarch.rpm")).isZero();
        bed.sync("zoo", Map.of("feed", feed, "type_skip_list", List.of("srpm")));
        assertThat(bed.associations.countsByType("zoo")).isEqualTo(Map.of("rpm", 1L, "erratum", 1L));
    }

    @Test
    void downloadsConcurrentlyUpToMaxDownloadsWithBasicAuthAndOtherChecksumTypes() throws Exception {
        String feed = serve(YumRepoFixture.with(BEAR_41, BEAR_42, BEAR_5, CAT).checksum("sha1").compression("bz2"));
        server.requireBasicAuth("keeper", "s3cret").holdUntilInFlight(2, Duration.ofSeconds(5));

        bed.sync("zoo", Map.of("feed", feed, "max_downloads", 2, "basic_auth_username", "keeper",
                "basic_auth_password", "s3cret"));

        assertThat(server.maxInFlight()).isEqualTo(2);
        assertThat(bed.repoUnits("zoo", "rpm")).hasSize(4).allSatisfy(u -> {
            assertThat(u.key().get("checksumtype")).isEqualTo("sha1");
            assertThat(u.downloaded()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"md5", "sha224", "sha384", "sha512"})
    void verifiesEveryChecksumType(String type) throws Exception {
        String feed = serve(YumRepoFixture.with(BEAR_41, CAT_SRC).checksum(type));

        bed.sync("zoo", Map.of("feed", feed));

        assertThat(bed.repoUnits("zoo", "rpm")).singleElement().satisfies(u -> {
            assertThat(u.key().get("checksumtype")).isEqualTo(type);
            assertThat(Checksums.of(Path.of(u.storagePath()), type)).isEqualTo(u.key().get("checksum"));
        });
    }

    @Test
    void readsZstdMetadata() throws Exception {
        YumRepo repo = YumRepoFixture.with(BEAR_41, CAT).updateinfo(YumFeeds.UPDATEINFO).build(dir.resolve("feed"));
        RepodataEdits edits = new RepodataEdits(repo.dir());
        for (String type : List.of("primary", "filelists", "other", "updateinfo")) {
            edits.recompressWithZstd(type);
        }
        String feed = repo.serve(server, "/zoo/").toString();

        bed.sync("zoo", Map.of("feed", feed));

        assertThat(Files.readString(repo.repomd())).contains("primary.xml.zst");
        assertThat(bed.associations.countsByType("zoo")).isEqualTo(Map.of("rpm", 2L, "erratum", 1L));
    }

    @Test
    void aFeedThatIsAMirrorlistIsSyncedFromAWorkingMirror() throws Exception {
        String mirror = serve(YumRepoFixture.with(BEAR_41, CAT));
        server.put("/mirrorlist", "# mirrors\nbroken=" + server.uri("/nowhere/") + "\n" + mirror + "\n");
        server.put("/nowhere/repodata/repomd.xml", "<not xml");

        bed.sync("zoo", Map.of("feed", server.uri("/mirrorlist").toString()));

        assertThat(bed.associations.countsByType("zoo")).isEqualTo(Map.of("rpm", 2L));
        assertThat(server.requests("/zoo/Packages/cat-1.0-1.noarch.rpm")).isEqualTo(1);
    }

    private List<String> nevras(String repo) {
        return bed.repoUnits(repo, "rpm").stream().map(u -> u.key().get("name") + "-" + u.key().get("version"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static String state(Map<String, Object> progress, String step) {
        return (String) ((Map<String, Object>) progress.get(step)).get("state");
    }
}
