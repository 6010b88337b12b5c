package org.jpulp.worker.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.repository.HistoryQuery;
import org.jpulp.common.repository.PublishResult;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.repository.SyncResult;
import org.jpulp.common.task.TaskCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncTaskTest {

    @TempDir
    Path dir;

    private static final HistoryQuery ALL = new HistoryQuery(null, true, null, null);

    @Test
    void syncsRecordsTheResultAndCountsTheUnits() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of("units", List.of("a", "b", "c")));

        Object result = bed.sync().run(bed.context(RepositoryTasks.sync("zoo", null)));

        assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("result", "success").containsEntry("added_count", 3L)
                .containsEntry("importer_id", "fake_importer");
        List<SyncResult> history = bed.history.syncHistory("zoo", ALL);
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo("success");
            assertThat(r.addedCount()).isEqualTo(3);
            assertThat(r.summary()).containsEntry("added", 3);
        });
        assertThat(bed.store.find("zoo").orElseThrow().contentUnitCounts()).containsEntry(FakePlugin.TYPE, 3L);
        assertThat(bed.store.find("zoo").orElseThrow().lastUnitAdded()).isEqualTo(TestBed.NOW);
        assertThat(bed.store.importer("zoo").orElseThrow().lastSync()).isEqualTo(TestBed.NOW);
    }

    @Test
    void overrideConfigIsLayeredOverTheStoredConfig() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of("units", List.of("a"), "keep", "yes"));
        Map<String, Object> override = new HashMap<>();
        override.put("units", List.of("x", "y"));
        override.put("keep", null);

        bed.sync().run(bed.context(RepositoryTasks.sync("zoo", override)));

        assertThat(bed.plugin.syncConfigs).singleElement()
                .satisfies(c -> assertThat(c.values()).isEqualTo(Map.of("units", List.of("x", "y"))));
        assertThat(bed.store.find("zoo").orElseThrow().contentUnitCounts()).containsEntry(FakePlugin.TYPE, 2L);
    }

    @Test
    void autoPublishDispatchesAPublishPerAutoPublishingDistributor() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of("units", List.of("a")))
                .distributor("zoo", "auto", true, Map.of()).distributor("zoo", "manual", false, Map.of());
        FakeTaskContext context = bed.context(RepositoryTasks.sync("zoo", null));

        bed.sync().run(context);

        assertThat(context.spawned()).singleElement().satisfies(r -> {
            assertThat(r.taskType()).isEqualTo(RepositoryTasks.PUBLISH);
            assertThat(r.args()).containsEntry("repo_id", "zoo").containsEntry("distributor_id", "auto");
            assertThat(r.resources()).containsExactly("repository:zoo");
        });
    }

    @Test
    void aFailedSyncIsRecordedAndFailsTheTaskWithThePluginsMessage() {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of("fail", "feed unreachable: 404"))
                .distributor("zoo", "auto", true, Map.of());
        FakeTaskContext context = bed.context(RepositoryTasks.sync("zoo", null));

        assertThatThrownBy(() -> bed.sync().run(context)).isInstanceOf(PluginException.class)
                .hasMessage("feed unreachable: 404");

        assertThat(bed.history.syncHistory("zoo", ALL)).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo("error");
            assertThat(r.errorMessage()).isEqualTo("feed unreachable: 404");
            assertThat(r.exception()).isEqualTo(PluginException.class.getName());
        });
        assertThat(context.spawned()).isEmpty();
    }

    @Test
    void aCanceledSyncIsRecordedAsCanceled() {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of());
        FakeTaskContext context = bed.context(RepositoryTasks.sync("zoo", null));
        context.cancel();

        assertThatThrownBy(() -> bed.sync().run(context)).isInstanceOf(TaskCanceledException.class);

        assertThat(bed.history.syncHistory("zoo", ALL)).singleElement()
                .satisfies(r -> assertThat(r.result()).isEqualTo("canceled"));
    }

    @Test
    void aRepositoryWithoutImporterCannotSync() {
        TestBed bed = new TestBed(dir).repo("zoo");

        assertThatThrownBy(() -> bed.sync().run(bed.context(RepositoryTasks.sync("zoo", null))))
                .isInstanceOf(MissingResource.class).hasMessageContaining("repository=zoo");
        assertThatThrownBy(() -> bed.sync().run(bed.context(RepositoryTasks.sync("gone", null))))
                .isInstanceOf(MissingResource.class).hasMessageContaining("repository=gone");
    }

    @Test
    void aHistoryFailureDoesNotHideThePluginsError() {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of("fail", "feed unreachable: 404"));
        RepositoryHistory broken = new RepositoryHistory() {
            @Override
            public SyncResult addSyncResult(SyncResult result) {
                throw new IllegalStateException("database down");
            }

            @Override
            public PublishResult addPublishResult(PublishResult result) {
                throw new IllegalStateException("database down");
            }

            @Override
            public List<SyncResult> syncHistory(String repoId, HistoryQuery query) {
                return List.of();
            }

            @Override
            public List<PublishResult> publishHistory(String repoId, String distributorId, HistoryQuery query) {
                return List.of();
            }

            @Override
            public void deleteFor(String repoId) {
            }
        };
        SyncTask sync = new SyncTask(bed.repositories, broken, bed.services, bed.clock);

        assertThatThrownBy(() -> sync.run(bed.context(RepositoryTasks.sync("zoo", null))))
                .isInstanceOf(PluginException.class).hasMessage("feed unreachable: 404")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("database down"));
    }
}
