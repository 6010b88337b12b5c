package org.jpulp.plugin.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.plugin.iso.IsoUnits.Iso;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.plugin.iso.testbed.Feed;
import org.jpulp.plugin.iso.testbed.IsoTestBed;
import org.jpulp.testing.http.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iso_importer} syncs against a local HTTP feed; what the store, the units and the associations then hold. */
class IsoSyncTest {

    @TempDir
    Path tmp;
    private FixtureServer server;
    private Feed feed;
    private IsoTestBed bed;

    @BeforeEach
    void setUp() {
        server = FixtureServer.http();
        feed = new Feed(server, "feed").add("1.iso", 1024).add("2.iso", 2048).add("dir/3.img", 10_000)
                .add("four,with comma.iso", 5).add("empty.iso", 0);
        bed = new IsoTestBed(tmp);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Map<String, Object> config() {
        return new HashMap<>(Map.of("feed", feed.url().toString()));
    }

    private SyncReport sync(String repoId, Map<String, Object> config) throws Exception {
        return bed.importer.sync(bed.sync(bed.newTask(), repoId, config));
    }

    private Map<String, byte[]> repoFiles(String repoId) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        for (Unit u : bed.units.get("iso", bed.associations.unitIds(repoId, "iso"))) {
            Iso iso = Iso.of(u);
            files.put(iso.name(), Files.readAllBytes(Path.of(u.storagePath())));
        }
        return files;
    }

    @Test
    void sync_stores_every_file_once_and_associates_its_unit() throws Exception {
        FakeTask task = bed.newTask();
        SyncReport report = bed.importer.sync(bed.sync(task, "zoo", config()));

        assertThat(report.addedCount()).isEqualTo(5);
        assertThat(report.removedCount()).isZero();
        assertThat(repoFiles("zoo")).containsOnlyKeys(feed.files().keySet())
                .allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(feed.file(name)));
        Unit one = bed.units.find(new Iso("1.iso", Feed.sha256(feed.file("1.iso")), 1024).key()).orElseThrow();
        assertThat(Path.of(one.storagePath())).isEqualTo(bed.store.pathFor(one.key(), "1.iso"))
                .startsWith(bed.storage.resolve("content/units/iso"));
        assertThat(bed.associations.countsByType("zoo")).isEqualTo(Map.of("iso", 5L));
        bed.assertNothingOutsideTheStorageRoots();
    }

    @Test
    void progress_follows_pulp2s_iso_report() throws Exception {
        FakeTask task = bed.newTask();
        SyncReport report = bed.importer.sync(bed.sync(task, "zoo", config()));

        Map<String, Object> progress = task.progress("iso_importer");
        assertThat(progress).containsEntry("state", "complete").containsEntry("num_isos", 5)
                .containsEntry("num_isos_finished", 5).containsEntry("total_bytes", 1024L + 2048 + 10_000 + 5)
                .containsEntry("finished_bytes", 1024L + 2048 + 10_000 + 5).containsEntry("error_message", null)
                .containsEntry("traceback", null).containsEntry("iso_error_messages", java.util.List.of());
        @SuppressWarnings("unchecked")
        Map<String, String> times = (Map<String, String>) progress.get("state_times");
        assertThat(times).containsOnlyKeys("not_started", "manifest_in_progress", "isos_in_progress", "complete");
        assertThat(task.reports()).map(r -> (String) ((Map<?, ?>) r).get("state")).startsWith("not_started",
                "manifest_in_progress", "isos_in_progress").endsWith("complete");
        assertThat(report.summary()).isEqualTo(progress);
    }

    @Test
    void a_resync_of_an_unchanged_feed_downloads_nothing_but_the_manifest() throws Exception {
        sync("zoo", config());
        server.resetCounters();

        SyncReport again = sync("zoo", config());

        assertThat(server.totalRequests()).isEqualTo(1);
        assertThat(server.requests(feed.manifestPath())).isEqualTo(1);
        assertThat(again.addedCount()).isZero();
        assertThat(again.removedCount()).isZero();
        assertThat(again.updatedCount()).isZero();
    }

    @Test
    void units_are_shared_between_repositories_and_stored_once() throws Exception {
        sync("zoo", config());
        server.resetCounters();

        SyncReport farm = sync("farm", config());

        assertThat(farm.addedCount()).isEqualTo(5);
        assertThat(server.totalRequests()).as("only the manifest").isEqualTo(1);
        assertThat(bed.units.count("iso")).isEqualTo(5);
        assertThat(bed.associations.unitIds("farm", "iso")).isEqualTo(bed.associations.unitIds("zoo", "iso"));
    }

    @Test
    void a_file_missing_from_the_store_is_downloaded_again() throws Exception {
        sync("zoo", config());
        Unit one = bed.units.find(new Iso("1.iso", Feed.sha256(feed.file("1.iso")), 1024).key()).orElseThrow();
        Files.delete(Path.of(one.storagePath()));
        server.resetCounters();

        sync("zoo", config());

        assertThat(server.requests(feed.filePath("1.iso"))).isEqualTo(1);
        assertThat(server.totalRequests()).isEqualTo(2);
        assertThat(Path.of(one.storagePath())).hasBinaryContent(feed.file("1.iso"));
    }

    @Test
    void files_gone_from_the_feed_stay_unless_remove_missing() throws Exception {
        sync("zoo", config());
        feed.remove("2.iso").add("6.iso", 66);

        SyncReport keep = sync("zoo", config());
        assertThat(keep.addedCount()).isEqualTo(1);
        assertThat(keep.removedCount()).isZero();
        assertThat(repoFiles("zoo")).containsKey("2.iso").hasSize(6);

        Map<String, Object> mirror = config();
        mirror.put("remove_missing", "true");
        SyncReport removed = sync("zoo", mirror);
        assertThat(removed.addedCount()).isZero();
        assertThat(removed.removedCount()).isEqualTo(1);
        assertThat(repoFiles("zoo")).containsOnlyKeys(feed.files().keySet());
        assertThat(bed.units.count("iso")).as("the unit stays, as an orphan").isEqualTo(6);
    }

    @Test
    void a_file_whose_content_changed_replaces_the_unit_of_that_name() throws Exception {
        sync("zoo", config());
        feed.add("1.iso", 1000);

        SyncReport report = sync("zoo", config());

        assertThat(report.addedCount()).isEqualTo(1);
        assertThat(report.removedCount()).isEqualTo(1);
        assertThat(repoFiles("zoo")).hasSize(5).containsEntry("1.iso", feed.file("1.iso"));
    }

    @Test
    void downloads_run_concurrently_up_to_max_downloads() throws Exception {
        for (int i = 0; i < 12; i++) {
            feed.add("many-" + i + ".iso", 4096);
        }
        server.holdUntilInFlight(4, Duration.ofMillis(300));
        Map<String, Object> config = config();
        config.put("max_downloads", 3);

        assertThat(sync("zoo", config).addedCount()).isEqualTo(17);

        assertThat(server.maxInFlight()).isEqualTo(3);
    }

    @Test
    void without_validate_a_wrong_size_is_accepted_like_pulp2_does() throws Exception {
        feed.publishManifest();
        server.put(feed.manifestPath(), feed.manifest().replace(",1024\n", ",1000\n"));
        Map<String, Object> config = config();
        config.put("validate", false);

        assertThat(sync("zoo", config).addedCount()).isEqualTo(5);
        Map<String, Object> validating = config();
        assertThatThrownBy(() -> sync("farm", validating)).isInstanceOf(PluginException.class)
                .hasMessageContaining("size mismatch");
    }

    @Test
    void a_sync_without_feed_fails_like_pulp2() {
        assertThatThrownBy(() -> sync("zoo", Map.of())).isInstanceOf(PluginException.class)
                .hasMessage("Repository without feed cannot be synchronized");
    }
}
