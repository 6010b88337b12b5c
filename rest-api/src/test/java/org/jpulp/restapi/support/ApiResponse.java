package org.jpulp.restapi.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response with its body parsed as JSON (or null when it is not JSON). */
public record ApiResponse(int status, String text, JsonNode json, HttpResponse<String> raw) {

    static ApiResponse of(HttpResponse<String> response, ObjectMapper mapper) {
        JsonNode json;
        try {
            json = response.body().isEmpty() ? null : mapper.readTree(response.body());
        } catch (Exception e) {
            json = null;
        }
        return new ApiResponse(response.statusCode(), response.body(), json, response);
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    /** The Pulp error code of an error body. */
    public String errorCode() {
        return json.path("error").path("code").asText();
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
