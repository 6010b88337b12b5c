package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;

/**
 * {@value RepositoryTasks#UPDATE_DISTRIBUTOR}: merges a config delta and sets {@code auto_publish} when given; the
 * result is the distributor.
 */
public final class UpdateDistributorTask implements TaskType {

    private final Repositories repositories;
    private final Clock clock;

    @Inject
    UpdateDistributorTask(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    @Override
    public String name() {
        return RepositoryTasks.UPDATE_DISTRIBUTOR;
    }

    @Override
    public Object run(TaskContext context) {
        TaskArgs args = TaskArgs.of(context);
        String repoId = args.text("repo_id");
        Distributor current = repositories.distributor(repoId, args.text("distributor_id"));
        Map<String, Object> delta = args.map("distributor_config");
        ConfigChecks.enforce(repositories.distributorType(current.distributorTypeId())
                .validateConfig(repoId, PluginConfig.layered(Map.of(), current.config(), delta)), "distributor");
        return repositories.store().updateDistributor(repoId, current.distributorId(), delta,
                        args.flag("auto_publish"), clock.instant()).map(ResultMaps::distributor)
                .orElseThrow(() -> new IllegalStateException("the distributor " + current.distributorId()
                        + " of " + repoId + " disappeared"));
    }
}
