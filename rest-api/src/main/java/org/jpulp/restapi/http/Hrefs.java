package org.jpulp.restapi.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** {@code _href} values and the 201 answer that carries one as {@code Location}. */
public final class Hrefs {

    private Hrefs() {
    }

    /** {@code /pulp/api/v2/<path>/}. */
    public static String of(String... segments) {
        return Routes.API + "/" + String.join("/", segments) + "/";
    }

    /** {@code {"$oid": "<hex>"}}, or null. */
    public static Map<String, String> oid(String hex) {
        return hex == null ? null : Map.of("$oid", hex);
    }

    /** 201 with {@code Location: <href>} and the resource as body. */
    public static void created(Context ctx, String href, Object body) {
        ctx.status(HttpStatus.CREATED).header("Location", href).json(body);
    }
}
