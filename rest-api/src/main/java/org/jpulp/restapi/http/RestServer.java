package org.jpulp.restapi.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.jpulp.common.config.RestConfig;
import org.jpulp.common.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server (Javalin on Jetty) with every bound {@link Routes} group mounted: plain HTTP on
 * {@code [rest] port} and/or HTTPS on {@code [rest] https_port} (client certificates requested, not required).
 * Every non-public endpoint passes the {@link RequestGuard} first; request bodies over 5 MiB are refused (413), except
 * those the endpoint streams ({@link StreamedRequests});
 * {@code GET /pulp/api/v2/openapi.json} describes the routes actually registered.
 */
public final class RestServer implements Managed {

    /** Pulp 2's (Django's) request body limit. */
    public static final long MAX_REQUEST_BYTES = 5L * 1024 * 1024;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final String HTTPS = "https";

    private final RestConfig config;
    private final ObjectMapper mapper;
    private final Set<Routes> routes;
    private final RequestGuard guard;
    private final HttpsContext https;
    private volatile Javalin app;
    private volatile Object openApi;

    @Inject
    public RestServer(RestConfig config, ObjectMapper mapper, Set<Routes> routes, RequestGuard guard,
                      HttpsContext https) {
        this.config = config;
        this.mapper = mapper;
        this.routes = routes;
        this.guard = guard;
        this.https = https;
    }

    /** A server of public endpoints only (anything else answers 401), plain HTTP. */
    public RestServer(RestConfig config, ObjectMapper mapper, Set<Routes> routes) {
        this(config, mapper, routes, RequestGuard.DENY_ALL, HttpsContext.NONE);
    }

    @Override
    public void start() {
        app = Javalin.create(this::configure).start();
        if (config.httpEnabled()) {
            LOG.info("REST API listening on http://{}:{}{}/", config.host(), port(), Routes.API);
        }
        if (config.httpsEnabled()) {
            LOG.info("REST API listening on https://{}:{}{}/", config.host(), httpsPort(), Routes.API);
        }
    }

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.jsonMapper(new JavalinJackson(mapper, false));
        c.http.maxRequestSize = MAX_REQUEST_BYTES;
        c.http.defaultContentType = "application/json; charset=utf-8";
        c.http.prefer405over404 = true;
        c.router.ignoreTrailingSlashes = true;
        c.router.treatMultipleSlashesAsSingleSlash = true;
        c.router.handlerWrapper(this::guarded);
        c.jetty.host = config.host();
        c.jetty.port = config.port();
        c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler()));
        // room for a request line with three long ids (schedule paths); Jetty's default is 8 KiB
        c.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
        if (config.httpsEnabled()) {
            // with any connector added, Javalin adds no plain one of its own
            if (config.httpEnabled()) {
                c.jetty.addConnector(this::httpConnector);
            }
            c.jetty.addConnector(this::httpsConnector);
        }
        ErrorMapper.install(c.routes);
        c.routes.before(RestServer::readBody);
        routes.forEach(r -> r.register(c.routes));
        new ApiRoutes(c.routes).publicGet("/openapi.json", "OpenAPI 3 description of the endpoints this server "
                + "implements", ctx -> ctx.json(openApi()), 200);
    }

    /**
     * Reads every request body up front (within the size limit), also for endpoints that ignore it: answering
     * while unread bytes sit in the socket makes Jetty close the connection, and the reset can cut the answer
     * short for the client.
     */
    private static void readBody(io.javalin.http.Context ctx) {
        if (ctx.req().getContentLengthLong() != 0 && !StreamedRequests.isStreamed(ctx)) {
            ctx.bodyAsBytes();
        }
    }

    private Handler guarded(Endpoint endpoint) {
        if (!endpoint.method.isHttpMethod()) {
            return endpoint.handler;
        }
        RouteDoc doc = RouteDoc.of(endpoint);
        if (doc.isPublic()) {
            return endpoint.handler;
        }
        Handler handler = endpoint.handler;
        return ctx -> {
            guard.check(ctx, ResourcePaths.of(endpoint.path, ctx.pathParamMap()), doc);
            handler.handle(ctx);
        };
    }

    private Connector httpConnector(Server server, HttpConfiguration httpConfig) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    private Connector httpsConnector(Server server, HttpConfiguration httpConfig) {
        HttpConfiguration secure = new HttpConfiguration(httpConfig);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(https.create(), HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(secure));
        connector.setName(HTTPS);
        connector.setHost(config.host());
        connector.setPort(config.httpsPort());
        return connector;
    }

    private Object openApi() {
        if (openApi == null) {
            openApi = OpenApi.document(apiEndpoints());
        }
        return openApi;
    }

    private List<Endpoint> apiEndpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod() && e.method != HandlerType.HEAD && e.path.startsWith(Routes.API))
                .toList();
    }

    /** Every API endpoint as {@code METHOD path}, in registration order. */
    public List<String> routeTable() {
        return apiEndpoints().stream().map(e -> e.method.name() + " " + e.path).toList();
    }

    /** The plain HTTP port, or -1 when plain HTTP is off. */
    public int port() {
        return localPort(false);
    }

    /** The HTTPS port, or -1 when HTTPS is off. */
    public int httpsPort() {
        return localPort(true);
    }

    private int localPort(boolean secure) {
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc && HTTPS.equals(sc.getName()) == secure) {
                return sc.getLocalPort();
            }
        }
        return -1;
    }

    @Override
    public void stop() {
        if (app != null) {
            app.stop();
        }
    }
}
