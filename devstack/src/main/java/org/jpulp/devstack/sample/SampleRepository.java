package org.jpulp.devstack.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.jpulp.devstack.stack.StackException;

/**
 * Makes the stack mirror one {@link Sample} from the sample feed, through the REST API as admin/admin: creates the
 * repository (importer on the feed, distributor serving it over HTTP) when it is missing, then syncs and publishes it
 * and waits for both tasks.
 */
public final class SampleRepository {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> COMPLETE = Set.of("finished", "error", "canceled", "skipped");
    private static final Duration POLL = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final String feedUrl;
    private final Sample sample;
    private final PrintStream out;
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    /** {@code api} is the REST API root, e.g. {@code http://127.0.0.1:8080/pulp/api/v2}. */
    public SampleRepository(String api, String feedUrl, Sample sample, PrintStream out) {
        this.api = api;
        this.feedUrl = feedUrl;
        this.sample = sample;
        this.out = out;
    }

    public void mirror(Duration timeout) throws StackException {
        Instant deadline = Instant.now().plus(timeout);
        String id = sample.id();
        if (send("GET", "/repositories/" + id + "/", null).statusCode() == 404) {
            expect(send("POST", "/repositories/", sample.createBody(feedUrl)), 201, "create " + id);
            out.printf("  %-18s repository created (feed %s%s)%n", id, feedUrl, sample.feedPath());
        }
        await("sync", post("/repositories/" + id + "/actions/sync/", Map.of()), deadline);
        await("publish", post("/repositories/" + id + "/actions/publish/", Map.of("id", sample.distributorId())),
                deadline);
    }

    private String post(String path, Object body) throws StackException {
        JsonNode reply = expect(send("POST", path, body), 202, path);
        return reply.path("spawned_tasks").path(0).path("task_id").asText();
    }

    private void await(String what, String taskId, Instant deadline) throws StackException {
        while (true) {
            JsonNode task = expect(send("GET", "/tasks/" + taskId + "/", null), 200, "task " + taskId);
            String state = task.path("state").asText();
            if (state.equals("finished")) {
                out.printf("  %-18s %s finished (task %s)%n", sample.id(), what, taskId);
                return;
            }
            if (COMPLETE.contains(state)) {
                throw new StackException(what + " of " + sample.id() + " ended " + state + ": "
                        + task.path("error").path("description").asText());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(what + " of " + sample.id() + " did not finish in time (task " + taskId
                        + ")");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted");
            }
        }
    }

    private HttpResponse<String> send(String method, String path, Object body) throws StackException {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body));
            return http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException(method + " " + path + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    private static JsonNode expect(HttpResponse<String> response, int status, String what) throws StackException {
        if (response.statusCode() != status) {
            throw new StackException(what + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new StackException(what + " answered invalid JSON: " + e.getMessage());
        }
    }
}
