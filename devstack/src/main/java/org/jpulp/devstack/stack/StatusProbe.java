package org.jpulp.devstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code GET /pulp/api/v2/status/} and says what, if anything, is still missing for a healthy stack. */
public final class StatusProbe {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI url;

    public StatusProbe(String url) {
        this.url = URI.create(url);
    }

    /** Empty when healthy with at least {@code workers} workers; otherwise what is missing. */
    public Optional<String> missing(int workers) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.of("status answered HTTP " + response.statusCode());
            }
            return missingIn(MAPPER.readTree(response.body()), workers);
        } catch (IOException e) {
            return Optional.of("REST API not answering (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    static Optional<String> missingIn(JsonNode status, int workers) {
        List<String> missing = new ArrayList<>();
        if (!status.path("database_connection").path("connected").asBoolean()) {
            missing.add("database connection");
        }
        if (!status.path("messaging_connection").path("connected").asBoolean()) {
            missing.add("messaging connection");
        }
        List<String> names = new ArrayList<>();
        status.path("known_workers").forEach(w -> names.add(w.path("_id").asText()));
        if (names.stream().noneMatch(n -> n.startsWith("scheduler@"))) {
            missing.add("beat");
        }
        if (names.stream().noneMatch(n -> n.startsWith("resource_manager@"))) {
            missing.add("resource manager");
        }
        long running = names.stream().filter(n -> n.startsWith("reserved_resource_worker-")).count();
        if (running < workers) {
            missing.add("workers (" + running + " of " + workers + ")");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
    }
}
