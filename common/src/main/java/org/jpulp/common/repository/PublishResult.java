package org.jpulp.common.repository;

import java.time.Instant;

/**
 * One entry of {@code repo_publish_results}, written when a publish ends; {@code result} is {@code success},
 * {@code failed}, {@code error} or {@code skipped}. {@code summary} and {@code details} are what the distributor
 * reported, JSON-compatible: maps for most, a list of steps as yum details, the skip text for a skipped publish.
 */
public record PublishResult(String objectId, String repoId, String distributorId, String distributorTypeId,
                            Instant started, Instant completed, String result, Object summary,
                            Object details, String errorMessage, String exception, String traceback) {

    public PublishResult {
        summary = Maps.copyValue(summary);
        details = Maps.copyValue(details);
    }

    PublishResult withObjectId(String oid) {
        return new PublishResult(oid, repoId, distributorId, distributorTypeId, started, completed, result, summary,
                details, errorMessage, exception, traceback);
    }
}
