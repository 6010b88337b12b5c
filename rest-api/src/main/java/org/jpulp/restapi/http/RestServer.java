package org.jpulp.restapi.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import jakarta.inject.Inject;
import java.util.Set;
import org.jpulp.common.config.RestConfig;
import org.jpulp.common.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server (Javalin on Jetty) with every bound {@link Routes} group mounted. */
public final class RestServer implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final long MAX_REQUEST_BYTES = 5L * 1024 * 1024;

    private final RestConfig config;
    private final ObjectMapper mapper;
    private final Set<Routes> routes;
    private Javalin app;

    @Inject
    public RestServer(RestConfig config, ObjectMapper mapper, Set<Routes> routes) {
        this.config = config;
        this.mapper = mapper;
        this.routes = routes;
    }

    @Override
    public void start() {
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(mapper, false));
            c.http.maxRequestSize = MAX_REQUEST_BYTES;
            c.http.defaultContentType = "application/json; charset=utf-8";
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            ErrorMapper.install(c.routes);
            routes.forEach(r -> r.register(c.routes));
        }).start();
        LOG.info("REST API listening on http://{}:{}{}/", config.host(), app.port(), Routes.API);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void stop() {
        app.stop();
    }
}
