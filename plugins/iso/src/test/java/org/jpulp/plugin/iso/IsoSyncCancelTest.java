package org.jpulp.plugin.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.plugin.iso.testbed.Feed;
import org.jpulp.plugin.iso.testbed.IsoTestBed;
import org.jpulp.testing.http.Fault;
import org.jpulp.testing.http.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsoSyncCancelTest {

    @TempDir
    Path tmp;
    private FixtureServer server;
    private Feed feed;
    private IsoTestBed bed;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void setUp() {
        server = FixtureServer.http();
        feed = new Feed(server, "feed").add("1.iso", 1024).add("2.iso", 2048).add("3.iso", 3000);
        bed = new IsoTestBed(tmp);
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        server.close();
    }

    @Test
    void canceling_mid_sync_stops_the_downloads_and_leaves_the_publication_as_it_was() throws Exception {
        Map<String, Object> importer = Map.of("feed", feed.url().toString(), "max_downloads", 2);
        Map<String, Object> distributor = Map.of("serve_http", true);
        bed.importer.sync(bed.sync(bed.newTask(), "zoo", importer));
        bed.distributor.publish(bed.publish(bed.newTask(), "zoo", "iso_distributor", distributor));
        Path http = bed.published("http", "zoo");
        String publishedManifest = Files.readString(http.resolve("PULP_MANIFEST"));
        Path publishedTree = Files.readSymbolicLink(http);

        for (int i = 0; i < 10; i++) {
            feed.add("new-" + i + ".iso", 50_000);
        }
        String hanging = feed.filePath("new-4.iso");
        server.fault(hanging, Fault.hang(1000, release));
        FakeTask task = bed.newTask();
        server.onRequest(path -> {
            if (path.equals(hanging)) {
                task.cancel();
            }
        });

        long start = System.nanoTime();
        assertThatThrownBy(() -> bed.importer.sync(bed.sync(task, "zoo", importer)))
                .isInstanceOf(TaskCanceledException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(task.progress("iso_importer")).containsEntry("state", "cancelled");
        assertThat(Files.readSymbolicLink(http)).isEqualTo(publishedTree);
        assertThat(http.resolve("PULP_MANIFEST")).hasContent(publishedManifest);
        assertThat(server.requests(feed.filePath("new-9.iso"))).as("not started after the cancel").isZero();
        bed.assertNothingOutsideTheStorageRoots();

        release.countDown();
        server.clearFaults().resetCounters();
        int stored = (int) bed.units.count("iso") - 3;
        assertThat(bed.importer.sync(bed.sync(bed.newTask(), "zoo", importer)).addedCount()).isEqualTo(10 - stored);
        assertThat(server.totalRequests()).as("the manifest and what the canceled sync had not stored")
                .isEqualTo(1 + 10 - stored);
    }
}
