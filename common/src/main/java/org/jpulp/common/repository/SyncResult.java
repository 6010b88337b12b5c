package org.jpulp.common.repository;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of {@code repo_sync_results}, written when a sync ends; {@code result} is {@code success}, {@code failed},
 * {@code error} or {@code canceled}. {@code objectId} is assigned by the history on insert when null.
 */
public record SyncResult(String objectId, String repoId, String importerId, String importerTypeId, Instant started,
                         Instant completed, String result, long addedCount, long removedCount, long updatedCount,
                         Map<String, Object> summary, Map<String, Object> details, String errorMessage,
                         String exception, String traceback) {

    public SyncResult {
        summary = Maps.copy(summary);
        details = Maps.copy(details);
    }

    SyncResult withObjectId(String oid) {
        return new SyncResult(oid, repoId, importerId, importerTypeId, started, completed, result, addedCount,
                removedCount, updatedCount, summary, details, errorMessage, exception, traceback);
    }
}
