package org.jpulp.common.repository;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of {@code repo_publish_results}, written when a publish ends; {@code result} is {@code success},
 * {@code failed}, {@code error} or {@code skipped}.
 */
public record PublishResult(String objectId, String repoId, String distributorId, String distributorTypeId,
                            Instant started, Instant completed, String result, Map<String, Object> summary,
                            Map<String, Object> details, String errorMessage, String exception, String traceback) {

    public PublishResult {
        summary = Maps.copy(summary);
        details = Maps.copy(details);
    }

    PublishResult withObjectId(String oid) {
        return new PublishResult(oid, repoId, distributorId, distributorTypeId, started, completed, result, summary,
                details, errorMessage, exception, traceback);
    }
}
