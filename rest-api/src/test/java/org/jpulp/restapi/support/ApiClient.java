package org.jpulp.restapi.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jpulp.common.json.Json;

/** Sends requests to a test server as one user (Basic auth), or anonymously. */
public final class ApiClient {

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final ObjectMapper mapper = Json.newMapper();

    ApiClient(HttpClient http, String base, String login, String password) {
        this.http = http;
        this.base = base;
        this.authorization = login == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same server as another user. */
    public ApiClient as(String login, String password) {
        return new ApiClient(http, base, login, password);
    }

    public ApiClient anonymous() {
        return new ApiClient(http, base, null, null);
    }

    /** With a raw {@code Authorization} header. */
    public ApiResponse withAuthorization(String method, String path, String header) {
        return send(request(path).header("Authorization", header).method(method,
                HttpRequest.BodyPublishers.noBody()));
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    public ApiResponse post(String path, String json) {
        return send(method("POST", path, json));
    }

    public ApiResponse put(String path, String json) {
        return send(method("PUT", path, json));
    }

    public ApiResponse send(String method, String path, byte[] body) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder method(String method, String path, String json) {
        return request(path).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    public ApiResponse send(HttpRequest.Builder request) {
        try {
            return ApiResponse.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), mapper);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
