package org.jpulp.restapi.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into HTTP answers: an unknown URL is 404 with the body {@code null} as in
 * Pulp 2; anything unexpected is 500 with Pulp's error body and an error id that is logged with the stack trace,
 * never sent to the client.
 */
final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    /** Set on a request whose error body was written here, so the 404 fallback leaves it alone. */
    static final String ERROR_BODY_WRITTEN = "jpulp.error-body-written";

    private ErrorMapper() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(Exception.class, ErrorMapper::unexpected);
        routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            if (ctx.attribute(ERROR_BODY_WRITTEN) == null) {
                ctx.contentType("application/json; charset=utf-8").result("null");
            }
        });
    }

    private static void unexpected(Exception e, Context ctx) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("error {} on {} {}", errorId, ctx.method(), ctx.path(), e);
        String message = "Unexpected server error; error id " + errorId + " identifies it in the server log";
        ctx.attribute(ERROR_BODY_WRITTEN, true);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new PulpError(500, ctx.method().name(), ctx.path(), message,
                null, null, new PulpError.Detail("PLP0000", message, Map.of("error_id", errorId), List.of())));
    }
}
