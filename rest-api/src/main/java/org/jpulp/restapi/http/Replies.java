package org.jpulp.restapi.http;

import io.javalin.http.Context;

/** Answers without a document: Pulp 2's empty success body is the JSON literal {@code null}. */
public final class Replies {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = org.jpulp.common.json.Json.newMapper();

    private Replies() {
    }

    /** 200 with the body {@code null}. */
    public static void nothing(Context ctx) {
        ctx.status(200).contentType("application/json; charset=utf-8").result("null");
    }

    /** 404 with a body of the caller's choosing (Pulp 2 answers some misses with a bare JSON string). */
    public static void notFound(Context ctx, Object body) {
        ctx.attribute(ErrorMapper.ERROR_BODY_WRITTEN, true);
        try {
            ctx.status(404).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON: " + body, e);
        }
    }
}
