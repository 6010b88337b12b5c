package org.jpulp.restapi.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Arrays;
import org.jpulp.common.auth.Operation;

/**
 * Registers endpoints under {@code /pulp/api/v2} with their {@link RouteDoc}. Paths are relative to the API root
 * and end with {@code /} as in Pulp 2 (a request without the trailing slash, or with doubled slashes, matches too).
 * Register fixed paths (e.g. {@code /repositories/search/}) before parameterized ones ({@code /repositories/{id}/}):
 * the first match wins.
 */
public final class ApiRoutes {

    private final RoutesConfig routes;

    public ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    public ApiRoutes get(String path, Operation op, String summary, Handler handler, int... responses) {
        return add(HandlerType.GET, path, op, summary, handler, responses);
    }

    public ApiRoutes post(String path, Operation op, String summary, Handler handler, int... responses) {
        return add(HandlerType.POST, path, op, summary, handler, responses);
    }

    public ApiRoutes put(String path, Operation op, String summary, Handler handler, int... responses) {
        return add(HandlerType.PUT, path, op, summary, handler, responses);
    }

    public ApiRoutes delete(String path, Operation op, String summary, Handler handler, int... responses) {
        return add(HandlerType.DELETE, path, op, summary, handler, responses);
    }

    /** An endpoint anyone may call, without credentials. */
    public ApiRoutes publicGet(String path, String summary, Handler handler, int... responses) {
        return add(HandlerType.GET, path, null, summary, handler, responses);
    }

    private ApiRoutes add(HandlerType method, String path, Operation op, String summary, Handler handler,
                          int... responses) {
        RouteDoc doc = new RouteDoc(op, summary, Arrays.stream(responses).boxed().toList());
        routes.addEndpoint(Endpoint.create(method, Routes.API + path).addMetadata(doc).handler(handler));
        return this;
    }
}
