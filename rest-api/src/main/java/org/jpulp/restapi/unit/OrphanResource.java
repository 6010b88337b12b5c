package org.jpulp.restapi.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.content.OrphanTasks;
import org.jpulp.common.content.Orphans;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.CallReport;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.Routes;

/**
 * {@code /content/orphans/}: counts per type, the orphans of a type, one orphan; deleting all, by type or one unit
 * (202, unreserved tasks of {@link OrphanTasks}); and the deprecated {@code POST /content/actions/delete_orphans/}
 * with a list of {@code {content_type_id, unit_id}}.
 */
public final class OrphanResource implements Routes {

    private final Orphans orphans;
    private final PluginRegistry plugins;
    private final TaskDispatcher tasks;

    @Inject
    public OrphanResource(Orphans orphans, PluginRegistry plugins, TaskDispatcher tasks) {
        this.orphans = orphans;
        this.plugins = plugins;
        this.tasks = tasks;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get("/content/orphans/", Operation.READ, "Count orphans per unit type", this::counts, 200)
                .delete("/content/orphans/", Operation.DELETE, "Delete every orphan (task)",
                        ctx -> CallReport.accepted(ctx, List.of(tasks.dispatch(OrphanTasks.deleteAll()))), 202)
                .get("/content/orphans/{type_id}/", Operation.READ, "List the orphans of a type",
                        this::list, 200, 404)
                .delete("/content/orphans/{type_id}/", Operation.DELETE, "Delete the orphans of a type (task)",
                        ctx -> CallReport.accepted(ctx, List.of(tasks.dispatch(OrphanTasks.deleteByType(type(ctx))))),
                        202, 404)
                .get("/content/orphans/{type_id}/{unit_id}/", Operation.READ, "Get an orphan",
                        ctx -> ctx.json(UnitJson.orphan(type(ctx), orphan(ctx))), 200, 404)
                .delete("/content/orphans/{type_id}/{unit_id}/", Operation.DELETE, "Delete an orphan (task)",
                        this::deleteOne, 202, 404)
                .post("/content/actions/delete_orphans/", Operation.DELETE,
                        "Delete the listed orphans (task; deprecated)", this::deleteListed, 202, 400);
    }

    private void counts(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        orphans.counts().forEach((type, count) -> out.put(type, Map.of("count", count,
                "_href", Hrefs.of("content", "orphans", type))));
        ctx.json(out);
    }

    private void list(Context ctx) {
        String typeId = type(ctx);
        List<String> keyFields = plugins.unitType(typeId).orElseThrow().unitKey();
        ctx.json(orphans.list(typeId).stream().map(u -> UnitJson.orphanKey(typeId, keyFields, u)).toList());
    }

    private void deleteOne(Context ctx) {
        String typeId = type(ctx);
        orphan(ctx);
        CallReport.accepted(ctx, List.of(tasks.dispatch(OrphanTasks.deleteByIds(List.of(Map.of("content_type_id",
                typeId, "unit_id", ctx.pathParam("unit_id"))), false))));
    }

    private void deleteListed(Context ctx) {
        JsonNode body = Bodies.json(ctx);
        if (body == null) {
            body = JsonNodeFactory.instance.arrayNode();
        }
        if (!body.isArray()) {
            throw InvalidValue.of("content_units");
        }
        List<Map<String, String>> listed = new ArrayList<>();
        for (JsonNode entry : body) {
            JsonNode type = entry.path("content_type_id");
            JsonNode id = entry.path("unit_id");
            if (!entry.isObject() || !type.isTextual() || !id.isTextual()) {
                throw InvalidValue.of("content_type_id", "unit_id");
            }
            listed.add(Map.of("content_type_id", type.textValue(), "unit_id", id.textValue()));
        }
        CallReport.accepted(ctx, List.of(tasks.dispatch(OrphanTasks.deleteByIds(listed, true))));
    }

    private String type(Context ctx) {
        String typeId = ctx.pathParam("type_id");
        if (plugins.unitType(typeId).isEmpty()) {
            throw new MissingResource("content_type_id", typeId);
        }
        return typeId;
    }

    private Map<String, Object> orphan(Context ctx) {
        String unitId = ctx.pathParam("unit_id");
        String typeId = type(ctx);
        return orphans.find(typeId, unitId).orElseThrow(() -> MissingResource.of("content_type", typeId,
                "content_unit", unitId));
    }
}
