package org.jpulp.common.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link RepositoryHistory} does; run against MongoDB and the in-memory twin. */
public abstract class RepositoryHistoryContract {

    protected abstract RepositoryHistory history();

    private SyncResult sync(String repo, String started) {
        Instant at = Instant.parse(started);
        return history().addSyncResult(new SyncResult(null, repo, "iso_importer", "iso_importer", at,
                at.plusSeconds(40), "success", 3, 1, 0, Map.of("files", 3), Map.of(), null, null, null));
    }

    @Test
    void sync_history_is_newest_first_limited_and_bounded_by_start_dates() {
        SyncResult first = sync("zoo", "2026-01-01T00:00:00Z");
        SyncResult second = sync("zoo", "2026-01-02T00:00:00Z");
        SyncResult third = sync("zoo", "2026-01-03T00:00:00Z");
        sync("other", "2026-01-02T00:00:00Z");

        assertThat(first.objectId()).matches("[0-9a-f]{24}");
        assertThat(history().syncHistory("zoo", HistoryQuery.ALL)).containsExactly(third, second, first);
        assertThat(history().syncHistory("zoo", new HistoryQuery(2, true, null, null))).containsExactly(first, second);
        assertThat(history().syncHistory("zoo", new HistoryQuery(null, false,
                Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-02T12:00:00Z")))).containsExactly(second);
    }

    @Test
    void publish_history_is_per_distributor_and_deleted_with_the_repository() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        PublishResult d1 = history().addPublishResult(new PublishResult(null, "zoo", "d1", "iso_distributor", at,
                at.plusSeconds(1), "success", Map.of(), Map.of("k", List.of(1)), null, null, null));
        PublishResult d2 = history().addPublishResult(new PublishResult(null, "zoo", "d2", "yum_distributor", at, at,
                "skipped", "Skipped: nothing changed", "Skipped: nothing changed", null, null, null));
        PublishResult d3 = history().addPublishResult(new PublishResult(null, "zoo", "d3", "yum_distributor", at, at,
                "success", Map.of("rpms", "FINISHED"), List.of(Map.of("step_type", "rpms", "items_total", 2L)), null,
                null, null));
        sync("zoo", "2026-01-01T00:00:00Z");

        assertThat(history().publishHistory("zoo", "d1", HistoryQuery.ALL)).containsExactly(d1);
        assertThat(history().publishHistory("zoo", "d2", HistoryQuery.ALL)).as("text summary and details")
                .containsExactly(d2);
        assertThat(history().publishHistory("zoo", "d3", HistoryQuery.ALL)).as("a list of steps as details")
                .containsExactly(d3);

        history().deleteFor("zoo");
        assertThat(history().publishHistory("zoo", "d1", HistoryQuery.ALL)).isEmpty();
        assertThat(history().syncHistory("zoo", HistoryQuery.ALL)).isEmpty();
    }
}
