package org.jpulp.worker.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.repository.HistoryQuery;
import org.jpulp.common.repository.RepositoryTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishTaskTest {

    @TempDir
    Path dir;

    private static final HistoryQuery ALL = new HistoryQuery(null, true, null, null);

    @Test
    void publishesAndRecordsTheResult() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of("units", List.of("a", "b")))
                .distributor("zoo", "web", false, Map.of());
        bed.sync().run(bed.context(RepositoryTasks.sync("zoo", null)));

        Object result = bed.publish().run(bed.context(RepositoryTasks.publish("zoo", "web", null)));

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("result", "success")
                .containsEntry("distributor_id", "web").containsEntry("summary", Map.of("units", 2));
        assertThat(bed.plugin.published).containsExactly("zoo/web");
        assertThat(bed.history.publishHistory("zoo", "web", ALL)).singleElement()
                .satisfies(r -> assertThat(r.result()).isEqualTo("success"));
        assertThat(bed.store.distributor("zoo", "web").orElseThrow().lastPublish()).isEqualTo(TestBed.NOW);
    }

    @Test
    void aSkippedPublishIsRecordedWithTheDistributorsTextAsSummaryAndDetails() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").distributor("zoo", "web", false, Map.of());
        String text = "Skipped: Repository content has not changed since last publish.";

        Object result = bed.publish().run(bed.context(RepositoryTasks.publish("zoo", "web", Map.of("skip", text))));

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("result", "skipped")
                .containsEntry("summary", text).containsEntry("details", text);
        assertThat(bed.history.publishHistory("zoo", "web", ALL)).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo(text));
        assertThat(bed.store.distributor("zoo", "web").orElseThrow().lastPublish()).isNull();
    }

    @Test
    void aFailedPublishIsRecordedAndFailsTheTaskWithThePluginsMessage() {
        TestBed bed = new TestBed(dir).repo("zoo").distributor("zoo", "web", false, Map.of());

        assertThatThrownBy(() -> bed.publish().run(bed.context(RepositoryTasks.publish("zoo", "web",
                Map.of("fail", "disk full"))))).isInstanceOf(PluginException.class).hasMessage("disk full");

        assertThat(bed.history.publishHistory("zoo", "web", ALL)).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo("error");
            assertThat(r.errorMessage()).isEqualTo("disk full");
        });
        assertThat(bed.store.distributor("zoo", "web").orElseThrow().lastPublish()).isNull();
    }

    @Test
    void anUnknownDistributorIsAMissingResource() {
        TestBed bed = new TestBed(dir).repo("zoo");

        assertThatThrownBy(() -> bed.publish().run(bed.context(RepositoryTasks.publish("zoo", "web", null))))
                .isInstanceOf(MissingResource.class).hasMessageContaining("distributor=web");
    }
}
