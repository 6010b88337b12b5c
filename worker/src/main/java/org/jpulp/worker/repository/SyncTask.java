package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.repository.SyncResult;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value RepositoryTasks#SYNC}: runs the repository's importer with its stored config under the call's
 * {@code override_config}, records a {@code repo_sync_results} entry however it ends, refreshes the repository's
 * unit counts and, after a successful sync, dispatches a publish for every distributor with {@code auto_publish}.
 * The result is the sync result document; a failed sync ends the task in error with the plugin's message.
 */
public final class SyncTask implements TaskType {

    private static final Logger LOG = LoggerFactory.getLogger(SyncTask.class);

    private final Repositories repositories;
    private final RepositoryHistory history;
    private final PluginServices services;
    private final Clock clock;

    @Inject
    SyncTask(Repositories repositories, RepositoryHistory history, PluginServices services, Clock clock) {
        this.repositories = repositories;
        this.history = history;
        this.services = services;
        this.clock = clock;
    }

    @Override
    public String name() {
        return RepositoryTasks.SYNC;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        TaskArgs args = TaskArgs.scheduled(context, "repo_id");
        String repoId = args.text("repo_id");
        Importer importer = repositories.importer(repoId);
        ImporterType type = repositories.importerType(importer.importerTypeId());
        PluginConfig config = PluginConfig.layered(Map.of(), importer.config(), args.map("override_config"));
        Instant started = clock.instant();
        SyncReport report;
        try {
            report = type.sync(TaskPluginContexts.sync(context, importer.importerTypeId(), repoId, config, services));
        } catch (TaskCanceledException e) {
            Failures.keepFirst(e, () -> record(importer, started, "canceled", null, null));
            throw e;
        } catch (Exception e) {
            Failures.keepFirst(e, () -> record(importer, started, "error", null, e));
            Failures.keepFirst(e, () -> refreshCounts(repoId, null));
            throw e;
        }
        SyncResult result = record(importer, started, "success", report, null);
        refreshCounts(repoId, report);
        repositories.store().markSynced(repoId, result.completed());
        autoPublish(context, repoId);
        LOG.info("synced repository {}: {} added, {} removed", repoId, report.addedCount(), report.removedCount());
        return ResultMaps.sync(result);
    }

    private SyncResult record(Importer importer, Instant started, String outcome, SyncReport report, Exception error) {
        return history.addSyncResult(new SyncResult(null, importer.repoId(), importer.id(), importer.importerTypeId(),
                started, clock.instant(), outcome, report == null ? 0 : report.addedCount(),
                report == null ? 0 : report.removedCount(), report == null ? 0 : report.updatedCount(),
                ResultMaps.asMap(report == null ? null : report.summary()),
                ResultMaps.asMap(report == null ? null : report.details()),
                error == null ? null : String.valueOf(error.getMessage()),
                error == null ? null : error.getClass().getName(), null));
    }

    private void refreshCounts(String repoId, SyncReport report) {
        Instant now = clock.instant();
        boolean added = report != null && report.addedCount() > 0;
        boolean removed = report != null && report.removedCount() > 0;
        repositories.store().updateContent(repoId, services.associations().countsByType(repoId),
                added ? now : null, removed ? now : null);
    }

    private void autoPublish(TaskContext context, String repoId) {
        repositories.store().distributors(repoId).stream().filter(d -> d.autoPublish()).forEach(d -> {
            String id = context.spawn(RepositoryTasks.publish(repoId, d.distributorId(), Map.of()));
            LOG.info("auto-publish of repository {} with distributor {} dispatched as task {}", repoId,
                    d.distributorId(), id);
        });
    }
}
