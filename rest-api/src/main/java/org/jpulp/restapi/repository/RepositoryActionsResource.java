package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.CallReport;
import org.jpulp.restapi.http.Fields;
import org.jpulp.restapi.http.Routes;

/**
 * {@code actions/sync/} and {@code actions/publish/}: 202 call reports of one reserved task each
 * ({@value RepositoryTasks#SYNC}, {@value RepositoryTasks#PUBLISH}), after the {@code override_config} passed the
 * plugin's check against the stored config. A sync of a repository without importer is queued anyway, as in
 * Pulp 2, and fails in the worker.
 */
public final class RepositoryActionsResource implements Routes {

    private final Repositories repositories;
    private final PluginConfigs plugins;
    private final TaskDispatcher tasks;

    @Inject
    public RepositoryActionsResource(Repositories repositories, PluginConfigs plugins, TaskDispatcher tasks) {
        this.repositories = repositories;
        this.plugins = plugins;
        this.tasks = tasks;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .post("/repositories/{repo_id}/actions/sync/", Operation.EXECUTE, "Sync the repository (task)",
                        this::sync, 202, 400, 404)
                .post("/repositories/{repo_id}/actions/publish/", Operation.EXECUTE,
                        "Publish the repository with one distributor (task)", this::publish, 202, 400, 404);
    }

    private void sync(Context ctx) {
        String repoId = repositories.get(ctx.pathParam("repo_id")).id();
        Map<String, Object> override = override(Bodies.object(ctx));
        repositories.store().importer(repoId).ifPresent(i -> plugins.checkImporter(i.importerTypeId(), repoId,
                i.config(), Map.of(), override, "override_config"));
        CallReport.accepted(ctx, List.of(tasks.dispatch(RepositoryTasks.sync(repoId, override))));
    }

    private void publish(Context ctx) {
        String repoId = repositories.get(ctx.pathParam("repo_id")).id();
        JsonNode body = Bodies.object(ctx);
        String distributorId = Fields.requiredString(body, "id");
        Map<String, Object> override = override(body);
        Distributor d = repositories.distributor(repoId, distributorId);
        plugins.checkDistributor(d.distributorTypeId(), repoId, d.config(), Map.of(), override, "override_config");
        CallReport.accepted(ctx, List.of(tasks.dispatch(RepositoryTasks.publish(repoId, distributorId, override))));
    }

    private static Map<String, Object> override(JsonNode body) {
        Map<String, Object> override = Fields.optionalObject(body, "override_config");
        return override == null ? Map.of() : override;
    }
}
