package org.jpulp.plugin.rpm.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.http.Fault;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YumSyncCancelTest {

    @TempDir
    Path tmp;

    @Test
    void cancelingMidDownloadStopsQuicklyAssociatesNothingAndTheNextSyncReusesWhatWasStored() throws Exception {
        RpmTestBed bed = new RpmTestBed(tmp);
        CountDownLatch release = new CountDownLatch(1);
        try (FixtureServer server = FixtureServer.http()) {
            String feed = YumRepoFixture.with(YumFeeds.BEAR_41, YumFeeds.BEAR_42, YumFeeds.CAT)
                    .build(tmp.resolve("feed")).serve(server, "/zoo/").toString();
            String hanging = "/zoo/Packages/cat-1.0-1.noarch.rpm";
            server.fault(hanging, Fault.hang(100, release));
            FakeTask task = bed.newTask();
            server.onRequest(path -> {
                if (path.equals(hanging)) {
                    task.cancel();
                }
            });
            Map<String, Object> config = Map.of("feed", feed, "max_downloads", 1);

            long start = System.nanoTime();
            assertThatThrownBy(() -> bed.importer.sync(bed.sync(task, "zoo", config)))
                    .isInstanceOf(TaskCanceledException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(YumSyncTest.state(task.progress(YumImporter.ID), "content")).isEqualTo("CANCELLED");
            assertThat(bed.associations.countsByType("zoo")).isEmpty();
            release.countDown();
            server.clearFaults().resetCounters();

            assertThat(bed.sync("zoo", config).addedCount()).isEqualTo(3);
            bed.assertNothingOutsideTheStorageRoots();
        }
    }
}
