package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.CallReport;
import org.jpulp.restapi.http.Fields;
import org.jpulp.restapi.http.Routes;

/**
 * {@code /repositories/<id>/importers/}: list and get synchronously; set, update and remove as tasks (202), as in
 * Pulp 2, after checking type and config synchronously.
 */
public final class ImporterResource implements Routes {

    private final Repositories repositories;
    private final PluginConfigs plugins;
    private final TaskDispatcher tasks;

    @Inject
    public ImporterResource(Repositories repositories, PluginConfigs plugins, TaskDispatcher tasks) {
        this.repositories = repositories;
        this.plugins = plugins;
        this.tasks = tasks;
    }

    @Override
    public void register(RoutesConfig routes) {
        String base = "/repositories/{repo_id}/importers/";
        new ApiRoutes(routes)
                .get(base, Operation.READ, "List the repository's importer (zero or one)", this::list, 200, 404)
                .post(base, Operation.CREATE, "Set the repository's importer (task)", this::add, 202, 400, 404)
                .get(base + "{importer_id}/", Operation.READ, "Get the importer", ctx -> ctx.json(RepositoryJson
                        .importer(repositories.importer(ctx.pathParam("repo_id"), ctx.pathParam("importer_id")))),
                        200, 404)
                .put(base + "{importer_id}/", Operation.UPDATE, "Update the importer's config (task)", this::update,
                        202, 400, 404)
                .delete(base + "{importer_id}/", Operation.DELETE, "Remove the importer (task)", this::remove,
                        202, 404);
    }

    private void list(Context ctx) {
        String repoId = repositories.get(ctx.pathParam("repo_id")).id();
        ctx.json(repositories.store().importer(repoId).stream().map(RepositoryJson::importer).toList());
    }

    private void add(Context ctx) {
        String repoId = ctx.pathParam("repo_id");
        JsonNode body = Bodies.object(ctx);
        String typeId = Fields.requiredString(body, "importer_type_id");
        Map<String, Object> config = PluginConfigs.withoutNulls(Fields.optionalObject(body, "importer_config"));
        repositories.get(repoId);
        plugins.checkImporter(typeId, repoId, Map.of(), config, null, "importer_config");
        CallReport.accepted(ctx, List.of(tasks.dispatch(RepositoryTasks.setImporter(repoId, typeId, config))));
    }

    private void update(Context ctx) {
        Importer importer = repositories.importer(ctx.pathParam("repo_id"), ctx.pathParam("importer_id"));
        Map<String, Object> delta = Fields.optionalObject(Bodies.object(ctx), "importer_config");
        if (delta == null) {
            throw MissingValue.of("importer_config");
        }
        plugins.checkImporter(importer.importerTypeId(), importer.repoId(), importer.config(), delta, null,
                "importer_config");
        CallReport.accepted(ctx, List.of(tasks.dispatch(RepositoryTasks.updateImporter(importer.repoId(),
                importer.id(), delta))));
    }

    private void remove(Context ctx) {
        Importer importer = repositories.importer(ctx.pathParam("repo_id"), ctx.pathParam("importer_id"));
        CallReport.accepted(ctx, List.of(tasks.dispatch(RepositoryTasks.removeImporter(importer.repoId(),
                importer.id()))));
    }
}
