package org.jpulp.restapi.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jpulp.common.json.Json;

/**
 * Errors Jetty answers itself, before a request reaches the API (an unparsable or ambiguous URI, ...): Pulp's
 * JSON error body instead of Jetty's HTML page.
 */
final class JettyErrorHandler extends ErrorHandler {

    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

    /** Jetty writes bodies only for GET, POST and HEAD by default; Pulp's clients parse every error body. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(JSON);
        response.write(true, ByteBuffer.wrap(body(code, request.getMethod(), request.getHttpURI().getPath())),
                callback);
    }

    private static byte[] body(int code, String method, String path) {
        String message = HttpStatus.getMessage(code);
        try {
            return MAPPER.writeValueAsBytes(PulpError.body(code, method, path, PulpError.generic(code, message,
                    Map.of())));
        } catch (JsonProcessingException e) {
            return "null".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
