package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.CodedValidationException;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.CallReport;
import org.jpulp.restapi.http.Fields;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.Routes;

/**
 * {@code /repositories/<id>/distributors/}: list, get and add synchronously (201 + Location; an existing id is
 * replaced), update and remove as tasks (202), as in Pulp 2.
 */
public final class DistributorResource implements Routes {

    private final Repositories repositories;
    private final PluginConfigs plugins;
    private final TaskDispatcher tasks;
    private final Clock clock;

    @Inject
    public DistributorResource(Repositories repositories, PluginConfigs plugins, TaskDispatcher tasks, Clock clock) {
        this.repositories = repositories;
        this.plugins = plugins;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        String base = "/repositories/{repo_id}/distributors/";
        new ApiRoutes(routes)
                .get(base, Operation.READ, "List the repository's distributors", this::list, 200, 404)
                .post(base, Operation.CREATE, "Add a distributor", this::add, 201, 400, 404)
                .get(base + "{distributor_id}/", Operation.READ, "Get a distributor", ctx -> ctx.json(RepositoryJson
                        .distributor(repositories.distributor(ctx.pathParam("repo_id"),
                                ctx.pathParam("distributor_id")))), 200, 404)
                .put(base + "{distributor_id}/", Operation.UPDATE, "Update a distributor (task)", this::update,
                        202, 400, 404)
                .delete(base + "{distributor_id}/", Operation.DELETE, "Remove a distributor (task)", this::remove,
                        202, 404);
    }

    private void list(Context ctx) {
        String repoId = repositories.get(ctx.pathParam("repo_id")).id();
        ctx.json(repositories.store().distributors(repoId).stream().map(RepositoryJson::distributor).toList());
    }

    private void add(Context ctx) {
        String repoId = ctx.pathParam("repo_id");
        CreateRequest.NewDistributor d = CreateRequest.NewDistributor.parse(Bodies.object(ctx));
        repositories.get(repoId);
        plugins.checkDistributor(d.typeId(), repoId, Map.of(), d.config(), null, "distributor_config");
        Distributor added = repositories.store().putDistributor(Distributor.of(repoId, d.id(), d.typeId(), d.config(),
                d.autoPublish(), clock.instant()));
        Hrefs.created(ctx, Hrefs.of("repositories", repoId, "distributors", added.distributorId()),
                RepositoryJson.distributor(added));
    }

    private void update(Context ctx) {
        Distributor d = repositories.distributor(ctx.pathParam("repo_id"), ctx.pathParam("distributor_id"));
        JsonNode body = Bodies.object(ctx);
        Map<String, Object> config = Fields.optionalObject(body, "distributor_config");
        Boolean autoPublish = autoPublish(body.get("delta"));
        if (config == null && autoPublish == null) {
            throw MissingValue.of("distributor_config");
        }
        Map<String, Object> delta = config == null ? Map.of() : config;
        plugins.checkDistributor(d.distributorTypeId(), d.repoId(), d.config(), delta, null, "distributor_config");
        CallReport.accepted(ctx, List.of(tasks.dispatch(RepositoryTasks.updateDistributor(d.repoId(),
                d.distributorId(), delta, autoPublish))));
    }

    /** {@code delta} may only carry {@code auto_publish}, a boolean. */
    private static Boolean autoPublish(JsonNode delta) {
        if (delta == null || delta.isNull()) {
            return null;
        }
        if (!delta.isObject()) {
            throw CodedValidationException.wrongType("delta", "dict", delta);
        }
        Fields.onlyKnown(delta, Set.of("auto_publish"));
        return Fields.optionalBoolean(delta, "auto_publish");
    }

    private void remove(Context ctx) {
        Distributor d = repositories.distributor(ctx.pathParam("repo_id"), ctx.pathParam("distributor_id"));
        CallReport.accepted(ctx, List.of(tasks.dispatch(RepositoryTasks.removeDistributor(d.repoId(),
                d.distributorId()))));
    }
}
