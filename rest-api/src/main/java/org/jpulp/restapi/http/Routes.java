package org.jpulp.restapi.http;

import io.javalin.config.RoutesConfig;

/** A group of REST endpoints; every implementation bound into the set is mounted by {@link RestServer}. */
@FunctionalInterface
public interface Routes {

    String API = "/pulp/api/v2";

    void register(RoutesConfig routes);
}
