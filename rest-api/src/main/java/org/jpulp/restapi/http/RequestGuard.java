package org.jpulp.restapi.http;

import io.javalin.http.Context;
import java.util.List;
import org.jpulp.common.error.PulpException;

/**
 * Runs before every endpoint that is not public: authenticates the caller and checks the endpoint's operation on
 * the request's resource path, throwing a 401 {@link PulpException} otherwise.
 */
@FunctionalInterface
public interface RequestGuard {

    /** Refuses every request that needs authentication; for servers that only serve public endpoints. */
    RequestGuard DENY_ALL = (ctx, resource, doc) -> {
        throw new PulpException(401, "PLP0025", "Authentication failed.",
                java.util.Map.of(), List.of());
    };

    /**
     * @param resource the Pulp 2 permission path of the request, e.g. {@code /v2/repositories/zoo/}
     */
    void check(Context ctx, String resource, RouteDoc doc);
}
