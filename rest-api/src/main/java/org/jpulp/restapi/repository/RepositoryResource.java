package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.repository.RepositoryStore;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.CallReport;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.Routes;
import org.jpulp.restapi.search.SearchRequests;

/**
 * {@code /repositories/}: list, create (with importer and distributors, synchronously; 201), search, get, update
 * (200 call report, or 202 when distributor updates were queued) and delete (202, task
 * {@value RepositoryTasks#DELETE}). {@code details}, {@code importers} and {@code distributors} flags add the
 * repository's plugins.
 */
public final class RepositoryResource implements Routes {

    private static final Set<String> ALWAYS_KEPT = Set.of("id", "_id", "_href", "importers", "distributors",
            "total_repository_units", "locally_stored_units");

    private final Repositories repositories;
    private final RepositoryStore store;
    private final PluginConfigs plugins;
    private final TaskDispatcher tasks;
    private final Clock clock;

    @Inject
    public RepositoryResource(Repositories repositories, PluginConfigs plugins, TaskDispatcher tasks, Clock clock) {
        this.repositories = repositories;
        this.store = repositories.store();
        this.plugins = plugins;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get("/repositories/", Operation.READ, "List repositories", ctx -> ctx.json(repositories.render(
                        store.search(Criteria.ALL), details(ctx, null))), 200)
                .post("/repositories/", Operation.CREATE, "Create a repository with its importer and distributors",
                        this::create, 201, 400, 409)
                .post("/repositories/search/", Operation.READ, "Search repositories", this::searchPost, 200, 400)
                .get("/repositories/search/", Operation.READ, "Search repositories (query form)", ctx -> search(ctx,
                        SearchRequests.fromQuery(ctx), details(ctx, null)), 200, 400)
                .get("/repositories/{repo_id}/", Operation.READ, "Get a repository", ctx -> ctx.json(repositories
                        .render(repositories.get(ctx.pathParam("repo_id")), details(ctx, null))), 200, 404)
                .put("/repositories/{repo_id}/", Operation.UPDATE, "Update a repository and its plugin configs",
                        this::update, 200, 202, 400, 404)
                .delete("/repositories/{repo_id}/", Operation.DELETE, "Delete a repository (task)", this::delete,
                        202, 404);
    }

    private static RepositoryJson.Details details(Context ctx, JsonNode body) {
        return RepositoryJson.Details.of(SearchRequests.flag(ctx, body, "details"),
                SearchRequests.flag(ctx, body, "importers"), SearchRequests.flag(ctx, body, "distributors"));
    }

    private void searchPost(Context ctx) {
        JsonNode body = Bodies.object(ctx);
        search(ctx, SearchRequests.fromBody(body), details(ctx, body));
    }

    private void search(Context ctx, Criteria criteria, RepositoryJson.Details details) {
        ctx.json(SearchRequests.project(repositories.render(store.search(criteria), details), criteria.fields(),
                ALWAYS_KEPT));
    }

    private void create(Context ctx) {
        CreateRequest request = CreateRequest.parse(Bodies.object(ctx));
        if (request.importerTypeId() != null) {
            plugins.checkImporter(request.importerTypeId(), request.id(), Map.of(), request.importerConfig(), null,
                    "importer_config");
        }
        for (CreateRequest.NewDistributor d : request.distributors()) {
            plugins.checkDistributor(d.typeId(), request.id(), Map.of(), d.config(), null, "distributor_config");
        }
        Repository repo = store.insert(Repository.of(request.id(), request.displayName(), request.description(),
                request.notes()));
        try {
            if (request.importerTypeId() != null) {
                store.setImporter(Importer.of(repo.id(), request.importerTypeId(), request.importerConfig(),
                        clock.instant()));
            }
            for (CreateRequest.NewDistributor d : request.distributors()) {
                store.putDistributor(Distributor.of(repo.id(), d.id(), d.typeId(), d.config(), d.autoPublish(),
                        clock.instant()));
            }
        } catch (RuntimeException e) {
            store.delete(repo.id());
            throw e;
        }
        Hrefs.created(ctx, Hrefs.of("repositories", repo.id()), RepositoryJson.repository(repo));
    }

    private void update(Context ctx) {
        String id = ctx.pathParam("repo_id");
        Repository repo = repositories.get(id);
        UpdateRequest request = UpdateRequest.parse(Bodies.object(ctx));
        Importer importer = null;
        if (request.importerConfig() != null) {
            importer = store.importer(id).orElseThrow(() -> new org.jpulp.common.error.MissingResource(
                    "importer", id));
            plugins.checkImporter(importer.importerTypeId(), id, importer.config(), request.importerConfig(), null,
                    "importer_config");
        }
        for (Map.Entry<String, Map<String, Object>> e : request.distributorConfigs().entrySet()) {
            Distributor d = repositories.distributor(id, e.getKey());
            plugins.checkDistributor(d.distributorTypeId(), id, d.config(), e.getValue(), null, "distributor_configs");
        }
        Repository updated = request.delta().isEmpty() ? repo : store.update(id, request.delta()).orElse(repo);
        if (importer != null) {
            store.updateImporterConfig(id, request.importerConfig(), clock.instant());
        }
        List<String> spawned = new ArrayList<>();
        request.distributorConfigs().forEach((distId, config) -> spawned.add(tasks.dispatch(
                RepositoryTasks.updateDistributor(id, distId, config, null))));
        CallReport report = new CallReport(RepositoryJson.repository(updated), null,
                spawned.stream().map(CallReport.TaskLink::of).toList());
        ctx.status(spawned.isEmpty() ? 200 : 202).json(report);
    }

    private void delete(Context ctx) {
        String id = repositories.get(ctx.pathParam("repo_id")).id();
        CallReport.accepted(ctx, List.of(tasks.dispatch(RepositoryTasks.delete(id))));
    }
}
