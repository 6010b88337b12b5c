package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;

/** {@value RepositoryTasks#UPDATE_IMPORTER}: merges a config delta (null removes a key); the result is the importer. */
public final class UpdateImporterTask implements TaskType {

    private final Repositories repositories;
    private final Clock clock;

    @Inject
    UpdateImporterTask(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    @Override
    public String name() {
        return RepositoryTasks.UPDATE_IMPORTER;
    }

    @Override
    public Object run(TaskContext context) {
        TaskArgs args = TaskArgs.of(context);
        String repoId = args.text("repo_id");
        Importer current = repositories.importer(repoId);
        Map<String, Object> delta = args.map("importer_config");
        ConfigChecks.enforce(repositories.importerType(current.importerTypeId())
                .validateConfig(repoId, PluginConfig.layered(Map.of(), current.config(), delta)), "importer");
        return repositories.store().updateImporterConfig(repoId, delta, clock.instant()).map(ResultMaps::importer)
                .orElseThrow(() -> new IllegalStateException("the importer of " + repoId + " disappeared"));
    }
}
