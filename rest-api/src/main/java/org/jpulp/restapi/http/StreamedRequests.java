package org.jpulp.restapi.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.regex.Pattern;

/**
 * Requests whose body the endpoint streams itself instead of the server reading it up front within the JSON body
 * limit: upload chunks ({@code PUT /pulp/api/v2/content/uploads/<id>/<offset>/}), which may be larger and go to disk.
 */
public final class StreamedRequests {

    private static final Pattern UPLOAD_CHUNK = Pattern.compile(Routes.API + "/+content/+uploads/+[^/]+/+[^/]+/*");

    private StreamedRequests() {
    }

    public static boolean isStreamed(Context ctx) {
        return ctx.method() == HandlerType.PUT && UPLOAD_CHUNK.matcher(ctx.path()).matches();
    }
}
