package org.jpulp.restapi.http;

import io.javalin.http.Context;

/** Answers without a document: Pulp 2's empty success body is the JSON literal {@code null}. */
public final class Replies {

    private Replies() {
    }

    /** 200 with the body {@code null}. */
    public static void nothing(Context ctx) {
        ctx.status(200).contentType("application/json; charset=utf-8").result("null");
    }
}
