package org.jpulp.restapi.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.CriteriaParser;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.json.Json;
import org.jpulp.restapi.http.Bodies;

/**
 * The two forms of a Pulp 2 search request. POST: a body {@code {"criteria": {...}, <flags>}} (no
 * {@code criteria}: 400 MissingValue). GET: {@code filters} and {@code sort} as JSON-encoded query parameters,
 * repeated {@code field=} parameters, plain {@code limit} and {@code skip}. Both go through {@link CriteriaParser},
 * so they are validated alike; flags ({@code details=true}) are read by the caller.
 */
public final class SearchRequests {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private SearchRequests() {
    }

    public static Criteria fromBody(JsonNode body) {
        JsonNode criteria = body.get("criteria");
        if (criteria == null || criteria.isNull()) {
            throw MissingValue.of("criteria");
        }
        return CriteriaParser.parse(criteria);
    }

    /** The POST form, reading the body of {@code ctx}. */
    public static Criteria fromBody(Context ctx) {
        return fromBody(Bodies.object(ctx));
    }

    public static Criteria fromQuery(Context ctx) {
        var criteria = JsonNodeFactory.instance.objectNode();
        putJson(criteria, ctx.queryParam("filters"), "filters");
        putJson(criteria, ctx.queryParam("sort"), "sort");
        putInt(criteria, ctx.queryParam("limit"), "limit");
        putInt(criteria, ctx.queryParam("skip"), "skip");
        List<String> fields = ctx.queryParams("field");
        if (!fields.isEmpty()) {
            var array = criteria.putArray("fields");
            fields.forEach(array::add);
        }
        return CriteriaParser.parse(criteria);
    }

    private static void putJson(com.fasterxml.jackson.databind.node.ObjectNode criteria, String value, String name) {
        if (value == null) {
            return;
        }
        try {
            criteria.set(name, MAPPER.readTree(value));
        } catch (JsonProcessingException e) {
            throw InvalidValue.of(name);
        }
    }

    private static void putInt(com.fasterxml.jackson.databind.node.ObjectNode criteria, String value, String name) {
        if (value == null) {
            return;
        }
        try {
            criteria.put(name, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            criteria.set(name, TextNode.valueOf(value));
        }
    }

    /** A boolean flag of either form: {@code true} in the body, or {@code ?name=true}. */
    public static boolean flag(Context ctx, JsonNode body, String name) {
        if (body != null && body.has(name)) {
            JsonNode v = body.get(name);
            return v.isBoolean() ? v.booleanValue() : v.isTextual() && v.textValue().equalsIgnoreCase("true");
        }
        String q = ctx.queryParam(name);
        return q != null && q.equalsIgnoreCase("true");
    }

    /**
     * Keeps only the requested fields of each rendered document, plus {@code alwaysKept} (e.g. {@code id},
     * {@code _id}, {@code _href}); {@code fields} null keeps everything.
     */
    public static List<Map<String, Object>> project(List<Map<String, Object>> docs, List<String> fields,
                                                    Set<String> alwaysKept) {
        if (fields == null) {
            return docs;
        }
        return docs.stream().map(d -> {
            Map<String, Object> out = new LinkedHashMap<>();
            d.forEach((k, v) -> {
                if (fields.contains(k) || alwaysKept.contains(k)) {
                    out.put(k, v);
                }
            });
            return out;
        }).toList();
    }
}
