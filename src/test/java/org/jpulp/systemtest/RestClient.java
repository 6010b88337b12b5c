package org.jpulp.systemtest;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST API of a running rest-api process as admin/admin, plus plain downloads from its content frontend. */
final class RestClient {

    private static final Pattern LISTENING = Pattern.compile("REST API listening on (http://\\S+?)/pulp/api/v2/");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> COMPLETE = Set.of("finished", "error", "canceled", "skipped");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private RestClient(String base) {
        this.base = base;
    }

    static RestClient of(RoleProcess restApi) {
        restApi.awaitOutput("REST API listening on", Duration.ofSeconds(90));
        Matcher m = LISTENING.matcher(restApi.output());
        if (!m.find()) {
            throw new AssertionError("no listening line in:\n" + restApi.output());
        }
        return new RestClient(m.group(1));
    }

    String base() {
        return base;
    }

    JsonNode get(String apiPath) {
        return json(send(api(apiPath).GET(), 200));
    }

    JsonNode post(String apiPath, Object body, int expected) {
        return json(send(api(apiPath).POST(HttpRequest.BodyPublishers.ofString(write(body))), expected));
    }

    /** PUTs raw bytes (an upload chunk). */
    JsonNode putBytes(String apiPath, byte[] body, int expected) {
        return json(send(api(apiPath).PUT(HttpRequest.BodyPublishers.ofByteArray(body)), expected));
    }

    JsonNode delete(String apiPath, int expected) {
        return json(send(api(apiPath).DELETE(), expected));
    }

    /** Posts an action and answers the id of the one task it spawned. */
    String postTask(String apiPath, Object body) {
        return post(apiPath, body, 202).path("spawned_tasks").get(0).path("task_id").asText();
    }

    /** Polls {@code /tasks/<id>/} until the task is complete and answers its last report. */
    JsonNode awaitTask(String taskId, Duration timeout) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await("task " + taskId + " to complete").atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    last.set(get("/tasks/" + taskId + "/"));
                    return COMPLETE.contains(last.get().path("state").asText());
                });
        return last.get();
    }

    /** GETs a path of the server (not the API) without credentials; answers the status and body. */
    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder api(String apiPath) {
        return HttpRequest.newBuilder(URI.create(base + "/pulp/api/v2" + apiPath)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json");
    }

    private String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new AssertionError(r.request().method() + " " + r.uri() + " answered " + r.statusCode()
                        + " instead of " + expected + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return body.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
