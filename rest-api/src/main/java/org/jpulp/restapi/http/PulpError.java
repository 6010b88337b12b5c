package org.jpulp.restapi.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.error.PulpException;

/**
 * Pulp 2's error body: {@code http_status}, {@code http_request_method}, {@code _href} (the request path),
 * {@code error_message}, {@code exception} and {@code traceback} (always null here: stack traces stay in the
 * log), the exception's data merged at the top level, and {@code error} {@code {code, description, data,
 * sub_errors}}.
 */
public final class PulpError {

    private PulpError() {
    }

    public static Map<String, Object> body(int status, String method, String href, PulpException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("http_status", status);
        body.put("http_request_method", method);
        body.put("_href", href);
        body.put("error_message", e.getMessage());
        body.put("exception", null);
        body.put("traceback", null);
        e.topLevelData().forEach(body::putIfAbsent);
        body.put("error", e.errorDetail());
        return body;
    }

    /** An error that is not one of Pulp's exceptions (405, 413, 500...), coded PLP0000. */
    public static PulpException generic(int status, String message, Map<String, ?> data) {
        return new PulpException(status, "PLP0000", message, data, List.of());
    }
}
