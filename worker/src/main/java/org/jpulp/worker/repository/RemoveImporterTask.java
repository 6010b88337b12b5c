package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import org.jpulp.common.repository.RepositorySchedules;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;

/** {@value RepositoryTasks#REMOVE_IMPORTER}: removes the repository's importer and its sync schedules; its units stay. */
public final class RemoveImporterTask implements TaskType {

    private final Repositories repositories;
    private final ScheduleStore schedules;

    @Inject
    RemoveImporterTask(Repositories repositories, ScheduleStore schedules) {
        this.repositories = repositories;
        this.schedules = schedules;
    }

    @Override
    public String name() {
        return RepositoryTasks.REMOVE_IMPORTER;
    }

    @Override
    public Object run(TaskContext context) {
        String repoId = TaskArgs.of(context).text("repo_id");
        String importerId = repositories.importer(repoId).id();
        schedules.deleteByResource(RepositorySchedules.importerResource(repoId, importerId));
        repositories.store().removeImporter(repoId);
        return null;
    }
}
