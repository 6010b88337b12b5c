package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.RepositorySchedules;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@value RepositoryTasks#REMOVE_DISTRIBUTOR}: unpublishes, then removes the distributor and its publish schedules. */
public final class RemoveDistributorTask implements TaskType {

    private static final Logger LOG = LoggerFactory.getLogger(RemoveDistributorTask.class);

    private final Repositories repositories;
    private final Unpublisher unpublisher;
    private final ScheduleStore schedules;

    @Inject
    RemoveDistributorTask(Repositories repositories, Unpublisher unpublisher, ScheduleStore schedules) {
        this.repositories = repositories;
        this.unpublisher = unpublisher;
        this.schedules = schedules;
    }

    @Override
    public String name() {
        return RepositoryTasks.REMOVE_DISTRIBUTOR;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        TaskArgs args = TaskArgs.of(context);
        Distributor d = repositories.distributor(args.text("repo_id"), args.text("distributor_id"));
        unpublisher.unpublish(context, d);
        schedules.deleteByResource(RepositorySchedules.distributorResource(d.repoId(), d.distributorId()));
        repositories.store().removeDistributor(d.repoId(), d.distributorId());
        LOG.info("removed distributor {} of repository {}", d.distributorId(), d.repoId());
        return null;
    }
}
