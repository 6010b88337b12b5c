package org.jpulp.worker.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.repository.RepositoryTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterDistributorTasksTest {

    @TempDir
    Path dir;

    @Test
    void setsUpdatesAndRemovesTheImporter() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo");
        SetImporterTask set = new SetImporterTask(bed.repositories, bed.clock);
        UpdateImporterTask update = new UpdateImporterTask(bed.repositories, bed.clock);
        RemoveImporterTask remove = new RemoveImporterTask(bed.repositories, bed.schedules);

        Object added = set.run(bed.context(RepositoryTasks.setImporter("zoo", "fake_importer",
                Map.of("feed", "http://a/", "max_downloads", 3))));
        assertThat(added).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("id", "fake_importer");

        Map<String, Object> delta = new HashMap<>();
        delta.put("feed", "http://b/");
        delta.put("max_downloads", null);
        update.run(bed.context(RepositoryTasks.updateImporter("zoo", "fake_importer", delta)));
        assertThat(bed.store.importer("zoo").orElseThrow().config()).isEqualTo(Map.of("feed", "http://b/"));

        remove.run(bed.context(RepositoryTasks.removeImporter("zoo", "fake_importer")));
        assertThat(bed.store.importer("zoo")).isEmpty();
        assertThatThrownBy(() -> remove.run(bed.context(RepositoryTasks.removeImporter("zoo", "fake_importer"))))
                .isInstanceOf(MissingResource.class);
    }

    @Test
    void aConfigThePluginNowRefusesFailsTheTask() {
        TestBed bed = new TestBed(dir).repo("zoo");
        SetImporterTask set = new SetImporterTask(bed.repositories, bed.clock);

        assertThatThrownBy(() -> set.run(bed.context(RepositoryTasks.setImporter("zoo", "fake_importer",
                Map.of("bad", true))))).isInstanceOf(PluginException.class).hasMessageContaining("bad is bad");
        assertThatThrownBy(() -> set.run(bed.context(RepositoryTasks.setImporter("zoo", "no_such_importer",
                Map.of())))).isInstanceOf(PluginException.class).hasMessageContaining("not installed");
        assertThat(bed.store.importer("zoo")).isEmpty();
    }

    @Test
    void updatesAndRemovesADistributor() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").distributor("zoo", "web", false, Map.of("a", 1, "b", 2));
        UpdateDistributorTask update = new UpdateDistributorTask(bed.repositories, bed.clock);
        RemoveDistributorTask remove = new RemoveDistributorTask(bed.repositories, bed.unpublisher, bed.schedules);
        Map<String, Object> delta = new HashMap<>();
        delta.put("a", null);
        delta.put("c", 3);

        update.run(bed.context(RepositoryTasks.updateDistributor("zoo", "web", delta, true)));
        assertThat(bed.store.distributor("zoo", "web").orElseThrow()).satisfies(d -> {
            assertThat(d.config()).isEqualTo(Map.of("b", 2, "c", 3));
            assertThat(d.autoPublish()).isTrue();
        });

        update.run(bed.context(RepositoryTasks.updateDistributor("zoo", "web", Map.of(), null)));
        assertThat(bed.store.distributor("zoo", "web").orElseThrow().autoPublish()).isTrue();

        remove.run(bed.context(RepositoryTasks.removeDistributor("zoo", "web")));
        assertThat(bed.plugin.unpublished).containsExactly("zoo/web");
        assertThat(bed.store.distributor("zoo", "web")).isEmpty();
    }
}
