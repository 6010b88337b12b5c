package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;

/** {@value RepositoryTasks#REMOVE_IMPORTER}: removes the repository's importer; its units stay. */
public final class RemoveImporterTask implements TaskType {

    private final Repositories repositories;

    @Inject
    RemoveImporterTask(Repositories repositories) {
        this.repositories = repositories;
    }

    @Override
    public String name() {
        return RepositoryTasks.REMOVE_IMPORTER;
    }

    @Override
    public Object run(TaskContext context) {
        String repoId = TaskArgs.of(context).text("repo_id");
        repositories.importer(repoId);
        repositories.store().removeImporter(repoId);
        return null;
    }
}
