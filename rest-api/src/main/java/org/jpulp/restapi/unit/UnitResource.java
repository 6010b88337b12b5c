package org.jpulp.restapi.unit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.json.JsonValues;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.Replies;
import org.jpulp.restapi.http.Routes;
import org.jpulp.restapi.search.SearchRequests;

/**
 * {@code /content/units/<type>/}: every unit of a type, search (POST and GET forms, {@code include_repos} adds
 * {@code repository_memberships}; an unknown type finds nothing, as in Pulp 2), one unit (a missing one answers 404
 * with a JSON string, as Pulp 2 does) and its {@code pulp_user_metadata}.
 */
public final class UnitResource implements Routes {

    private final UnitSearch search;

    @Inject
    public UnitResource(UnitSearch search) {
        this.search = search;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get("/content/units/{type_id}/", Operation.READ, "List the units of a type", this::list, 200, 404)
                .post("/content/units/{type_id}/search/", Operation.READ, "Search units of a type", this::searchPost,
                        200, 400)
                .get("/content/units/{type_id}/search/", Operation.READ, "Search units of a type (query form)",
                        ctx -> search(ctx, SearchRequests.fromQuery(ctx), SearchRequests.flag(ctx, null,
                                "include_repos")), 200, 400)
                .get("/content/units/{type_id}/{unit_id}/", Operation.READ, "Get a unit", this::get, 200, 404)
                .get("/content/units/{type_id}/{unit_id}/pulp_user_metadata/", Operation.READ,
                        "Get a unit's user metadata", this::getUserMetadata, 200, 404)
                .put("/content/units/{type_id}/{unit_id}/pulp_user_metadata/", Operation.UPDATE,
                        "Replace a unit's user metadata", this::putUserMetadata, 200, 400, 404);
    }

    private void list(Context ctx) {
        String typeId = ctx.pathParam("type_id");
        if (!search.knows(typeId)) {
            throw new MissingResource("content_type", typeId);
        }
        search(ctx, Criteria.ALL, false);
    }

    private void searchPost(Context ctx) {
        JsonNode body = Bodies.object(ctx);
        search(ctx, SearchRequests.fromBody(body), SearchRequests.flag(ctx, body, "include_repos"));
    }

    private void search(Context ctx, Criteria criteria, boolean includeRepos) {
        String typeId = ctx.pathParam("type_id");
        if (!search.knows(typeId)) {
            ctx.json(List.of());
            return;
        }
        List<Map<String, Object>> units = search.units(typeId, criteria);
        Map<String, List<String>> memberships = includeRepos ? search.repositoryMemberships(typeId,
                units.stream().map(u -> String.valueOf(u.get("_id"))).toList()) : Map.of();
        ctx.json(units.stream().map(u -> {
            Map<String, Object> out = UnitJson.unit(typeId, u);
            if (includeRepos) {
                out.put("repository_memberships", memberships.getOrDefault(String.valueOf(u.get("_id")), List.of()));
            }
            return out;
        }).toList());
    }

    private void get(Context ctx) {
        String typeId = ctx.pathParam("type_id");
        String unitId = ctx.pathParam("unit_id");
        Map<String, Object> unit = find(typeId, unitId);
        if (unit == null) {
            notFound(ctx, unitId);
            return;
        }
        ctx.json(UnitJson.unit(typeId, unit));
    }

    private void getUserMetadata(Context ctx) {
        Map<String, Object> unit = find(ctx.pathParam("type_id"), ctx.pathParam("unit_id"));
        if (unit == null) {
            notFound(ctx, ctx.pathParam("unit_id"));
            return;
        }
        Object metadata = unit.get("pulp_user_metadata");
        ctx.json(metadata == null ? Map.of() : UnitJson.value(metadata));
    }

    private void putUserMetadata(Context ctx) {
        String typeId = ctx.pathParam("type_id");
        String unitId = ctx.pathParam("unit_id");
        Map<String, Object> metadata = JsonValues.objectOrNull(Bodies.object(ctx), "pulp_user_metadata");
        if (find(typeId, unitId) == null || !search.setUserMetadata(typeId, unitId, metadata)) {
            notFound(ctx, unitId);
            return;
        }
        Replies.nothing(ctx);
    }

    private Map<String, Object> find(String typeId, String unitId) {
        return search.knows(typeId) ? search.unit(typeId, unitId).orElse(null) : null;
    }

    /** Pulp 2 answers a missing unit with a bare JSON string, not its error document. */
    private static void notFound(Context ctx, String unitId) {
        Replies.notFound(ctx, "No content unit resource: " + unitId);
    }
}
