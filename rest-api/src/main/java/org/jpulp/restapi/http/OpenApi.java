package org.jpulp.restapi.http;

import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpulp.common.cli.JpulpVersion;

/**
 * An OpenAPI 3.0 document built from the endpoints registered in the server, with each one's {@link RouteDoc}:
 * path, method, path parameters, summary, the permission it needs ({@code x-pulp-permission}) and its response
 * codes. Generated from the route table, so it lists exactly what the server answers.
 */
final class OpenApi {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created; Location names the new resource"),
            Map.entry(202, "Accepted; a call report listing the spawned tasks"),
            Map.entry(400, "Invalid request (Pulp error body)"),
            Map.entry(401, "Authentication failed or permission denied (auth_error_code)"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Missing resource (Pulp error body with resources)"),
            Map.entry(409, "Duplicate resource"), Map.entry(413, "Request body too large"),
            Map.entry(503, "No task engine or no workers"));

    private OpenApi() {
    }

    static Map<String, Object> document(List<Endpoint> endpoints) {
        Map<String, Object> paths = new TreeMap<>();
        for (Endpoint e : endpoints) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(e.path, p -> new LinkedHashMap<>());
            item.put(e.method.name().toLowerCase(Locale.ROOT), operation(e));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "jpulp REST API (Pulp 2.21 compatible)", "version", JpulpVersion.get()));
        doc.put("components", Map.of("securitySchemes", Map.of(
                "basic", Map.of("type", "http", "scheme", "basic"),
                "clientCertificate", Map.of("type", "mutualTLS",
                        "description", "a certificate from POST /pulp/api/v2/actions/login/"))));
        doc.put("paths", paths);
        return doc;
    }

    private static Map<String, Object> operation(Endpoint e) {
        RouteDoc doc = RouteDoc.of(e);
        Map<String, Object> op = new LinkedHashMap<>();
        if (doc.summary() != null) {
            op.put("summary", doc.summary());
        }
        op.put("x-pulp-permission", doc.isPublic() ? "none" : doc.operation().name());
        op.put("security", doc.isPublic() ? List.of() : List.of(Map.of("basic", List.of()),
                Map.of("clientCertificate", List.of())));
        List<Object> parameters = new ArrayList<>();
        Matcher m = PARAM.matcher(e.path);
        while (m.find()) {
            parameters.add(Map.of("name", m.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        (doc.responses().isEmpty() ? List.of(200) : doc.responses()).forEach(code -> responses.put(
                String.valueOf(code), Map.of("description", DESCRIPTIONS.getOrDefault(code, "See Pulp 2 docs"))));
        op.put("responses", responses);
        return op;
    }
}
