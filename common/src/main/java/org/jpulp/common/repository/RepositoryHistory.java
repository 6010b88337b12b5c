package org.jpulp.common.repository;

import java.util.List;

/**
 * Sync and publish history ({@code repo_sync_results}, {@code repo_publish_results}): written by the workers when
 * a sync or publish ends, read by {@code /history/}, removed with the repository. Sorted by {@code started}, then
 * by insertion.
 */
public interface RepositoryHistory {

    SyncResult addSyncResult(SyncResult result);

    PublishResult addPublishResult(PublishResult result);

    List<SyncResult> syncHistory(String repoId, HistoryQuery query);

    List<PublishResult> publishHistory(String repoId, String distributorId, HistoryQuery query);

    /** Removes every entry of the repository. */
    void deleteFor(String repoId);
}
