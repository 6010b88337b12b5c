package org.jpulp.restapi.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.UUID;
import org.jpulp.common.error.PulpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into HTTP answers, all in Pulp 2's error format ({@link PulpError}):
 * <ul>
 *   <li>a {@link PulpException} answers its own status with its code and data;</li>
 *   <li>Javalin's HTTP errors (413 for a body over the size limit, ...) answer their status, coded PLP0000;</li>
 *   <li>a known URL with an unsupported method is 405 with an {@code Allow} header;</li>
 *   <li>an unknown URL is 404 with the body {@code null}, as in Pulp 2;</li>
 *   <li>anything else is 500 with an error id; the id and the stack trace go to the log, never to the client.</li>
 * </ul>
 * Client errors are logged at DEBUG, server errors at WARN (coded) or ERROR (unexpected).
 */
final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    /** Set on a request whose error body was written here, so the 404/405 fallbacks leave it alone. */
    static final String ERROR_BODY_WRITTEN = "jpulp.error-body-written";

    private ErrorMapper() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(PulpException.class, ErrorMapper::pulp);
        routes.exception(HttpResponseException.class, ErrorMapper::http);
        routes.exception(Exception.class, ErrorMapper::unexpected);
        routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            if (ctx.attribute(ERROR_BODY_WRITTEN) == null) {
                ctx.contentType("application/json; charset=utf-8").result("null");
            }
        });
    }

    /** Javalin's own answers: no endpoint (404 {@code null}), wrong method (405), body too large (413), ... */
    private static void http(HttpResponseException e, Context ctx) {
        if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
            ctx.status(404).contentType("application/json; charset=utf-8").result("null");
            ctx.attribute(ERROR_BODY_WRITTEN, true);
            return;
        }
        if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            String allowed = e.getDetails().getOrDefault("availableMethods", "");
            ctx.header("Allow", allowed.replaceAll("[\\[\\]]", ""));
            pulp(PulpError.generic(405, "Method " + ctx.method().name() + " is not allowed on " + ctx.path()
                    + "; allowed: " + allowed, Map.of()), ctx);
            return;
        }
        pulp(PulpError.generic(e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(), Map.of()), ctx);
    }

    static void pulp(PulpException e, Context ctx) {
        if (e.httpStatus() >= 500) {
            LOG.warn("{} {}: {} {}", ctx.method(), ctx.path(), e.httpStatus(), e.getMessage());
        } else {
            LOG.debug("{} {}: {} {}", ctx.method(), ctx.path(), e.httpStatus(), e.getMessage());
        }
        write(ctx, e);
    }

    private static void unexpected(Exception e, Context ctx) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("error {} on {} {}", errorId, ctx.method(), ctx.path(), e);
        String message = "Unexpected server error; error id " + errorId + " identifies it in the server log";
        write(ctx, PulpError.generic(500, message, Map.of("error_id", errorId)));
    }

    private static void write(Context ctx, PulpException e) {
        ctx.attribute(ERROR_BODY_WRITTEN, true);
        ctx.status(e.httpStatus()).json(PulpError.body(e.httpStatus(), ctx.method().name(), ctx.path(), e));
    }
}
