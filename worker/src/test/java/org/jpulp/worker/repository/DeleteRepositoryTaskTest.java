package org.jpulp.worker.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.repository.HistoryQuery;
import org.jpulp.common.repository.RepositoryTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeleteRepositoryTaskTest {

    @TempDir
    Path dir;

    @Test
    void unpublishesEveryDistributorAndRemovesAssociationsHistoryAndRecords() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").repo("other").importer("zoo", Map.of("units", List.of("a")))
                .importer("other", Map.of("units", List.of("a")))
                .distributor("zoo", "one", false, Map.of()).distributor("zoo", "two", false, Map.of());
        bed.sync().run(bed.context(RepositoryTasks.sync("zoo", null)));
        bed.sync().run(bed.context(RepositoryTasks.sync("other", null)));

        bed.delete().run(bed.context(RepositoryTasks.delete("zoo")));

        assertThat(bed.plugin.unpublished).containsExactly("zoo/one", "zoo/two");
        assertThat(bed.store.find("zoo")).isEmpty();
        assertThat(bed.store.importer("zoo")).isEmpty();
        assertThat(bed.store.distributors("zoo")).isEmpty();
        assertThat(bed.services.associations().countsByType("zoo")).isEmpty();
        assertThat(bed.history.syncHistory("zoo", new HistoryQuery(null, true, null, null))).isEmpty();
        assertThat(bed.services.associations().countsByType("other")).containsEntry(FakePlugin.TYPE, 1L);
    }

    @Test
    void aMissingRepositoryIsAMissingResource() {
        TestBed bed = new TestBed(dir);

        assertThatThrownBy(() -> bed.delete().run(bed.context(RepositoryTasks.delete("zoo"))))
                .isInstanceOf(MissingResource.class);
    }
}
