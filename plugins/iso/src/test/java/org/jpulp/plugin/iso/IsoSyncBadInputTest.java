package org.jpulp.plugin.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.plugin.iso.testbed.Feed;
import org.jpulp.plugin.iso.testbed.IsoTestBed;
import org.jpulp.testing.http.Fault;
import org.jpulp.testing.http.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad feed fails the sync with a message naming the file and the cause, records the failure in the
 * progress report, publishes nothing and writes nothing outside the storage roots (checked on disk each time).
 */
class IsoSyncBadInputTest {

    private static final String SHA = "a".repeat(64);

    @TempDir
    Path tmp;
    private FixtureServer server;
    private Feed feed;
    private IsoTestBed bed;
    private FakeTask task;

    @BeforeEach
    void setUp() {
        server = FixtureServer.http();
        feed = new Feed(server, "feed").add("1.iso", 1024).add("2.iso", 2048).add("3.iso", 3000);
        bed = new IsoTestBed(tmp);
        task = bed.newTask();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
        assertThat(bed.storage.resolve("published")).doesNotExist();
        bed.assertNothingOutsideTheStorageRoots();
    }

    private PluginException syncFails() {
        Map<String, Object> config = Map.of("feed", feed.url().toString(), "max_downloads", 2);
        try {
            bed.importer.sync(bed.sync(task, "zoo", config));
        } catch (PluginException e) {
            assertThat(task.progress("iso_importer")).containsEntry("error_message", e.getMessage());
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a PluginException", e);
        }
        throw new AssertionError("the sync succeeded");
    }

    private Object state() {
        return task.progress("iso_importer").get("state");
    }

    @Test
    void a_file_the_feed_does_not_have_fails_the_sync_naming_it() {
        server.remove(feed.filePath("2.iso"));

        PluginException e = syncFails();

        assertThat(e).hasMessage("1 of 3 files from " + feed.url() + " could not be synchronized: '2.iso': HTTP 404 "
                + "Not Found (" + server.uri(feed.filePath("2.iso")) + ")");
        assertThat(state()).isEqualTo("isos_failed");
        assertThat(server.requests(feed.filePath("2.iso"))).as("a 404 is not retried").isEqualTo(1);
        assertThat(task.progress("iso_importer").get("iso_error_messages")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .singleElement().asString().contains("name=2.iso").contains("response_code=404");
        assertThat(bed.associations.unitIds("zoo", "iso")).as("the other files are kept, as in Pulp 2").hasSize(2);
    }

    @Test
    void a_size_mismatch_fails_the_sync_with_both_sizes() {
        server.put(feed.filePath("1.iso"), new byte[1000]);

        assertThat(syncFails()).hasMessageContaining("'1.iso': size mismatch: expected 1024 bytes, got 1000 bytes");
    }

    @Test
    void a_checksum_mismatch_fails_the_sync_with_both_checksums() {
        byte[] other = new byte[1024];
        server.put(feed.filePath("1.iso"), other);

        assertThat(syncFails()).hasMessageContaining("'1.iso': checksum mismatch: expected sha256 "
                + Feed.sha256(feed.file("1.iso")) + ", got " + Feed.sha256(other));
    }

    @Test
    void a_download_always_cut_short_fails_as_truncated() {
        server.fault(feed.filePath("3.iso"), Fault.truncate(1000));

        assertThat(syncFails()).hasMessageContaining("'3.iso': truncated: received 1000 of 3000 bytes");
        assertThat(server.requests(feed.filePath("3.iso"))).as("retried").isEqualTo(4);
    }

    @Test
    void a_manifest_entry_climbing_out_with_dotdot_is_refused_before_any_download() {
        server.put(feed.manifestPath(), feed.manifest() + "../../../../../../../../outside/evil.iso," + SHA + ",3\n");

        assertThat(syncFails()).hasMessage("The manifest " + server.uri(feed.manifestPath()) + " is invalid: line 4: "
                + "ISO name '../../../../../../../../outside/evil.iso' is not a safe relative path: it has a '..' "
                + "segment");
        assertThat(state()).isEqualTo("manifest_failed");
        assertThat(server.totalRequests()).isEqualTo(1);
        assertThat(bed.units.count("iso")).isZero();
    }

    @Test
    void a_manifest_entry_with_an_absolute_path_is_refused() {
        server.put(feed.manifestPath(), "/etc/cron.d/evil," + SHA + ",3\n");

        assertThat(syncFails()).hasMessageEndingWith("line 1: ISO name '/etc/cron.d/evil' is not a safe relative "
                + "path: it is absolute");
    }

    @Test
    void a_manifest_that_is_not_csv_is_refused() {
        server.put(feed.manifestPath(), "<html><body>Moved, see <a href=x>here</a></body></html>\n");

        assertThat(syncFails()).hasMessageEndingWith("is invalid: line 1: expected 3 fields (name,checksum,size), "
                + "found 2");
        assertThat(state()).isEqualTo("manifest_failed");
    }

    @Test
    void a_binary_manifest_is_refused() {
        server.put(feed.manifestPath(), new byte[] {(byte) 0x1f, (byte) 0x8b, 8, 0, (byte) 0xff, (byte) 0xfe});

        assertThat(syncFails()).hasMessageEndingWith("is invalid: it is not UTF-8 text");
    }

    @Test
    void bad_checksums_sizes_and_duplicates_in_the_manifest_are_refused() {
        server.put(feed.manifestPath(), "a.iso,xyz,3\n");
        assertThat(syncFails()).hasMessageEndingWith("line 1: checksum 'xyz' of a.iso is not a sha256 hex digest");

        server.put(feed.manifestPath(), "a.iso," + SHA + ",-3\n");
        assertThat(syncFails()).hasMessageEndingWith("line 1: size '-3' of 'a.iso' is not a non-negative integer");

        server.put(feed.manifestPath(), "a.iso," + SHA + ",3\n\r\na.iso," + SHA + ",4\n");
        assertThat(syncFails()).hasMessageEndingWith("line 3: 'a.iso' is listed twice (first on line 1)");

        server.put(feed.manifestPath(), "PULP_MANIFEST," + SHA + ",3\n");
        assertThat(syncFails()).hasMessageEndingWith("line 1: an ISO may not be named PULP_MANIFEST");
    }

    @Test
    void a_missing_manifest_fails_naming_its_url() {
        server.remove(feed.manifestPath());

        assertThat(syncFails()).hasMessage("Failed to download the manifest: " + server.uri(feed.manifestPath())
                + ": HTTP 404 Not Found");
        assertThat(state()).isEqualTo("manifest_failed");
    }

    @Test
    void an_unreachable_feed_fails_after_retries() {
        server.fault(feed.manifestPath(), Fault.status(503));
        Map<String, Object> config = Map.of("feed", feed.url().toString());

        assertThatThrownBy(() -> bed.importer.sync(bed.sync(task, "zoo", config)))
                .hasMessageEndingWith("HTTP 503 Service Unavailable (gave up after 4 attempts)");
    }

    @Test
    void a_feed_that_is_not_an_http_url_is_refused() throws Exception {
        Path secret = Files.writeString(tmp.resolve("outside/secret"), "x", StandardCharsets.UTF_8);
        Map<String, Object> config = Map.of("feed", tmp.resolve("outside").toUri().toString());

        assertThatThrownBy(() -> bed.importer.sync(bed.sync(task, "zoo", config)))
                .hasMessageContaining("must be an http or https URL");
        Files.delete(secret);
    }
}
