package org.jpulp.restapi.unit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.Routes;

/**
 * {@code /plugins/types/}, {@code /plugins/importers/} and {@code /plugins/distributors/}, from the installed plugins.
 * A type's {@code _id} is derived from its id (the registry, not a collection, is the source), so it is the same in
 * every process and every start.
 */
public final class PluginTypesResource implements Routes {

    private final PluginRegistry plugins;

    @Inject
    public PluginTypesResource(PluginRegistry plugins) {
        this.plugins = plugins;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get("/plugins/types/", Operation.READ, "List content unit types",
                        ctx -> ctx.json(plugins.unitTypes().stream().map(PluginTypesResource::type).toList()), 200)
                .get("/plugins/types/{type_id}/", Operation.READ, "Get a content unit type", ctx -> ctx.json(type(
                        plugins.unitType(ctx.pathParam("type_id")).orElseThrow(() -> new MissingResource("type",
                                ctx.pathParam("type_id"))))), 200, 404)
                .get("/plugins/importers/", Operation.READ, "List importer types",
                        ctx -> ctx.json(plugins.importers().stream().map(PluginTypesResource::importer).toList()), 200)
                .get("/plugins/importers/{importer_type_id}/", Operation.READ, "Get an importer type",
                        this::getImporter, 200, 404)
                .get("/plugins/distributors/", Operation.READ, "List distributor types", ctx -> ctx.json(
                        plugins.distributors().stream().map(PluginTypesResource::distributor).toList()), 200)
                .get("/plugins/distributors/{distributor_type_id}/", Operation.READ, "Get a distributor type",
                        this::getDistributor, 200, 404);
    }

    private void getImporter(Context ctx) {
        String id = ctx.pathParam("importer_type_id");
        ctx.json(importer(plugins.importer(id).orElseThrow(() -> new MissingResource("importer_type_id", id))));
    }

    private void getDistributor(Context ctx) {
        String id = ctx.pathParam("distributor_type_id");
        ctx.json(distributor(plugins.distributor(id).orElseThrow(() -> new MissingResource("distributor_type_id",
                id))));
    }

    static Map<String, Object> type(UnitTypeDefinition t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_href", Hrefs.of("plugins", "types", t.id()));
        out.put("_id", Hrefs.oid(objectIdOf(t.id())));
        out.put("_ns", "content_types");
        out.put("id", t.id());
        out.put("display_name", t.displayName());
        out.put("description", t.description());
        out.put("unit_key", t.unitKey());
        out.put("search_indexes", t.searchIndexes());
        out.put("referenced_types", t.referencedTypes());
        return out;
    }

    static Map<String, Object> importer(ImporterType i) {
        return plugin(Hrefs.of("plugins", "importers", i.id()), i.id(), i.displayName(), i.supportedTypes());
    }

    static Map<String, Object> distributor(DistributorType d) {
        return plugin(Hrefs.of("plugins", "distributors", d.id()), d.id(), d.displayName(), d.supportedTypes());
    }

    private static Map<String, Object> plugin(String href, String id, String displayName, List<String> types) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_href", href);
        out.put("id", id);
        out.put("display_name", displayName);
        out.put("types", types);
        return out;
    }

    /** 24 hex digits from the sha256 of the type id. */
    private static String objectIdOf(String typeId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("content_types:" + typeId)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
