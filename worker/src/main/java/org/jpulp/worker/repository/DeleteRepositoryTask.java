package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.common.repository.RepositorySchedules;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value RepositoryTasks#DELETE}: unpublishes every distributor, removes the repository's associations, history and
 * sync/publish schedules, then its records. A distributor that fails to unpublish does not keep the repository: the task then ends in error
 * naming it, after the deletion (Pulp 2 does the same).
 */
public final class DeleteRepositoryTask implements TaskType {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteRepositoryTask.class);

    private final Repositories repositories;
    private final Unpublisher unpublisher;
    private final RepositoryHistory history;
    private final PluginServices services;
    private final ScheduleStore schedules;

    @Inject
    DeleteRepositoryTask(Repositories repositories, Unpublisher unpublisher, RepositoryHistory history,
                         PluginServices services, ScheduleStore schedules) {
        this.repositories = repositories;
        this.unpublisher = unpublisher;
        this.history = history;
        this.services = services;
        this.schedules = schedules;
    }

    @Override
    public String name() {
        return RepositoryTasks.DELETE;
    }

    @Override
    public Object run(TaskContext context) {
        String repoId = TaskArgs.of(context).text("repo_id");
        repositories.repository(repoId);
        List<String> failures = new ArrayList<>();
        for (Distributor d : repositories.store().distributors(repoId)) {
            try {
                unpublisher.unpublish(context, d);
            } catch (Exception e) {
                LOG.warn("could not unpublish distributor {} of repository {}: {}", d.distributorId(), repoId,
                        e.getMessage());
                failures.add(d.distributorId() + ": " + e.getMessage());
            }
        }
        deleteSchedules(repoId);
        long associations = services.associations().removeRepo(repoId);
        history.deleteFor(repoId);
        repositories.store().delete(repoId);
        LOG.info("deleted repository {} ({} associations removed)", repoId, associations);
        if (!failures.isEmpty()) {
            throw new PluginException("repository " + repoId + " was deleted, but unpublishing failed: "
                    + String.join("; ", failures));
        }
        return null;
    }

    private void deleteSchedules(String repoId) {
        repositories.store().importer(repoId).ifPresent(i -> schedules.deleteByResource(
                RepositorySchedules.importerResource(repoId, i.id())));
        repositories.store().distributors(repoId).forEach(d -> schedules.deleteByResource(
                RepositorySchedules.distributorResource(repoId, d.distributorId())));
    }
}
