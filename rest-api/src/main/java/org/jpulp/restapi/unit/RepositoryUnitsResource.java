package org.jpulp.restapi.unit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.json.Json;
import org.jpulp.common.repository.RepositoryStore;
import org.jpulp.common.repository.UnitAssociationTasks;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.CallReport;
import org.jpulp.restapi.http.Fields;
import org.jpulp.restapi.http.Routes;

/**
 * A repository's units: {@code search/units/} with unit association criteria, and the copy
 * ({@code actions/associate/}, {@value UnitAssociationTasks#ASSOCIATE}) and {@code actions/unassociate/}
 * ({@value UnitAssociationTasks#UNASSOCIATE}) tasks. Bad criteria answer 400 InvalidValue {@code ['criteria']} with
 * the precise problem as sub-error, as in Pulp 2.
 */
public final class RepositoryUnitsResource implements Routes {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private final RepositoryStore repositories;
    private final UnitSearch search;
    private final TaskDispatcher tasks;

    @Inject
    public RepositoryUnitsResource(RepositoryStore repositories, UnitSearch search, TaskDispatcher tasks) {
        this.repositories = repositories;
        this.search = search;
        this.tasks = tasks;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .post("/repositories/{repo_id}/search/units/", Operation.READ, "Search the repository's units",
                        this::searchUnits, 200, 400, 404)
                .get("/repositories/{repo_id}/search/units/", Operation.READ,
                        "Search the repository's units (query form)", this::searchUnitsByQuery, 200, 400, 404)
                .post("/repositories/{repo_id}/actions/associate/", Operation.UPDATE,
                        "Copy units from another repository (task)", this::associate, 202, 400, 404)
                .post("/repositories/{repo_id}/actions/unassociate/", Operation.UPDATE,
                        "Remove units from the repository (task)", this::unassociate, 202, 400, 404);
    }

    private void searchUnits(Context ctx) {
        String repoId = repository(ctx);
        JsonNode body = Bodies.object(ctx);
        if (!Fields.present(body, "criteria")) {
            throw MissingValue.of("criteria");
        }
        respond(ctx, repoId, criteria(body));
    }

    /**
     * The GET form: {@code type_ids} repeated, {@code filters}, {@code sort} and {@code fields} as JSON (each with
     * {@code unit} and {@code association}), plain {@code limit}, {@code skip} and {@code remove_duplicates}.
     */
    private void searchUnitsByQuery(Context ctx) {
        String repoId = repository(ctx);
        ObjectNode criteria = JsonNodeFactory.instance.objectNode();
        if (!ctx.queryParams("type_ids").isEmpty()) {
            ArrayNode types = criteria.putArray("type_ids");
            ctx.queryParams("type_ids").forEach(types::add);
        }
        for (String name : List.of("filters", "sort", "fields", "limit", "skip", "remove_duplicates")) {
            String value = ctx.queryParam(name);
            if (value != null) {
                criteria.set(name, queryJson(value, name));
            }
        }
        respond(ctx, repoId, criteria(JsonNodeFactory.instance.objectNode().set("criteria", criteria)));
    }

    private static JsonNode queryJson(String value, String name) {
        try {
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidValue(List.of("criteria"), "Invalid properties: ['criteria']",
                    List.of(InvalidValue.of(name)));
        }
    }

    private void respond(Context ctx, String repoId, UnitAssociationCriteria criteria) {
        ctx.json(search.associations(repoId, criteria).stream()
                .map(UnitJson::association).toList());
    }

    private void associate(Context ctx) {
        String destId = repository(ctx);
        JsonNode body = Bodies.object(ctx);
        String sourceId = Fields.requiredString(body, "source_repo_id");
        if (repositories.find(sourceId).isEmpty()) {
            throw InvalidValue.of("source_repo_id");
        }
        UnitAssociationCriteria criteria = criteria(body);
        Map<String, Object> override = Fields.optionalObject(body, "override_config");
        CallReport.accepted(ctx, List.of(tasks.dispatch(UnitAssociationTasks.associate(sourceId, destId, criteria,
                override))));
    }

    private void unassociate(Context ctx) {
        String repoId = repository(ctx);
        UnitAssociationCriteria criteria = criteria(Bodies.object(ctx));
        CallReport.accepted(ctx, List.of(tasks.dispatch(UnitAssociationTasks.unassociate(repoId, criteria))));
    }

    private String repository(Context ctx) {
        String repoId = ctx.pathParam("repo_id");
        return repositories.find(repoId).orElseThrow(() -> new MissingResource("repository", repoId)).id();
    }

    private static UnitAssociationCriteria criteria(JsonNode body) {
        try {
            return UnitAssociationCriteria.parse(body.get("criteria"));
        } catch (InvalidValue e) {
            throw new InvalidValue(List.of("criteria"), "Invalid properties: ['criteria']", List.of(e));
        }
    }
}
