package org.jpulp.common.repository;

import org.bson.Document;

/** The stored shapes of sync and publish history entries. */
public final class HistoryDocuments {

    private HistoryDocuments() {
    }

    public static Document sync(SyncResult r) {
        return RepositoryDocuments.withId(r.objectId()).append("repo_id", r.repoId())
                .append("importer_id", r.importerId()).append("importer_type_id", r.importerTypeId())
                .append("started", RepositoryDocuments.date(r.started()))
                .append("completed", RepositoryDocuments.date(r.completed())).append("result", r.result())
                .append("added_count", r.addedCount()).append("removed_count", r.removedCount())
                .append("updated_count", r.updatedCount()).append("summary", new Document(r.summary()))
                .append("details", new Document(r.details())).append("error_message", r.errorMessage())
                .append("exception", r.exception()).append("traceback", r.traceback());
    }

    public static SyncResult sync(Document d) {
        return new SyncResult(RepositoryDocuments.hex(d), d.getString("repo_id"), d.getString("importer_id"),
                d.getString("importer_type_id"), RepositoryDocuments.instant(d, "started"),
                RepositoryDocuments.instant(d, "completed"), d.getString("result"), count(d, "added_count"),
                count(d, "removed_count"), count(d, "updated_count"), RepositoryDocuments.map(d, "summary"),
                RepositoryDocuments.map(d, "details"), d.getString("error_message"), d.getString("exception"),
                d.getString("traceback"));
    }

    public static Document publish(PublishResult r) {
        return RepositoryDocuments.withId(r.objectId()).append("repo_id", r.repoId())
                .append("distributor_id", r.distributorId()).append("distributor_type_id", r.distributorTypeId())
                .append("started", RepositoryDocuments.date(r.started()))
                .append("completed", RepositoryDocuments.date(r.completed())).append("result", r.result())
                .append("summary", r.summary()).append("details", r.details())
                .append("error_message", r.errorMessage()).append("exception", r.exception())
                .append("traceback", r.traceback());
    }

    public static PublishResult publish(Document d) {
        return new PublishResult(RepositoryDocuments.hex(d), d.getString("repo_id"), d.getString("distributor_id"),
                d.getString("distributor_type_id"), RepositoryDocuments.instant(d, "started"),
                RepositoryDocuments.instant(d, "completed"), d.getString("result"),
                RepositoryDocuments.plain(d.get("summary")), RepositoryDocuments.plain(d.get("details")),
                d.getString("error_message"), d.getString("exception"), d.getString("traceback"));
    }

    private static long count(Document d, String key) {
        return d.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
