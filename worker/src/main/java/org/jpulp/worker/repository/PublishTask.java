package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.PublishResult;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value RepositoryTasks#PUBLISH}: runs one distributor with its stored config under the call's
 * {@code override_config} and records a {@code repo_publish_results} entry however it ends. The result is the publish
 * result document.
 */
public final class PublishTask implements TaskType {

    private static final Logger LOG = LoggerFactory.getLogger(PublishTask.class);

    private final Repositories repositories;
    private final RepositoryHistory history;
    private final PluginServices services;
    private final Clock clock;

    @Inject
    PublishTask(Repositories repositories, RepositoryHistory history, PluginServices services, Clock clock) {
        this.repositories = repositories;
        this.history = history;
        this.services = services;
        this.clock = clock;
    }

    @Override
    public String name() {
        return RepositoryTasks.PUBLISH;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        TaskArgs args = TaskArgs.scheduled(context, "repo_id", "distributor_id");
        String repoId = args.text("repo_id");
        Distributor distributor = repositories.distributor(repoId, args.text("distributor_id"));
        DistributorType type = repositories.distributorType(distributor.distributorTypeId());
        PluginConfig config = PluginConfig.layered(Map.of(), distributor.config(), args.map("override_config"));
        Instant started = clock.instant();
        PublishReport report;
        try {
            report = type.publish(TaskPluginContexts.publish(context, distributor.distributorId(), repoId, config,
                    services));
        } catch (TaskCanceledException e) {
            Failures.keepFirst(e, () -> record(distributor, started, "canceled", null, e));
            throw e;
        } catch (Exception e) {
            Failures.keepFirst(e, () -> record(distributor, started, "error", null, e));
            throw e;
        }
        PublishResult result = record(distributor, started, report.result(), report, null);
        if (report.wasSkipped()) {
            LOG.info("skipped publishing repository {} with distributor {}: nothing changed", repoId,
                    distributor.distributorId());
        } else {
            repositories.store().markPublished(repoId, distributor.distributorId(), result.completed());
            LOG.info("published repository {} with distributor {}", repoId, distributor.distributorId());
        }
        return ResultMaps.publish(result);
    }

    private PublishResult record(Distributor d, Instant started, String outcome, PublishReport report,
                                 Exception error) {
        return history.addPublishResult(new PublishResult(null, d.repoId(), d.distributorId(), d.distributorTypeId(),
                started, clock.instant(), outcome, report == null ? null : report.summary(),
                report == null ? null : report.details(),
                error == null ? null : String.valueOf(error.getMessage()),
                error == null ? null : error.getClass().getName(), null));
    }
}
