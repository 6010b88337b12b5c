package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;

/** {@value RepositoryTasks#SET_IMPORTER}: sets (or replaces) the repository's importer; the result is the importer. */
public final class SetImporterTask implements TaskType {

    private final Repositories repositories;
    private final Clock clock;

    @Inject
    SetImporterTask(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    @Override
    public String name() {
        return RepositoryTasks.SET_IMPORTER;
    }

    @Override
    public Object run(TaskContext context) {
        TaskArgs args = TaskArgs.of(context);
        String repoId = args.text("repo_id");
        String typeId = args.text("importer_type_id");
        repositories.repository(repoId);
        Map<String, Object> config = PluginConfig.layered(Map.of(), args.map("importer_config"), null).values();
        ConfigChecks.enforce(repositories.importerType(typeId).validateConfig(repoId, new PluginConfig(config)),
                "importer");
        return ResultMaps.importer(repositories.store().setImporter(Importer.of(repoId, typeId, config,
                clock.instant())));
    }
}
