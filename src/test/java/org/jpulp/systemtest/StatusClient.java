package org.jpulp.systemtest;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /pulp/api/v2/status/} of a REST API process. */
final class StatusClient {

    private static final Pattern LISTENING = Pattern.compile("REST API listening on (http://\\S+?)/pulp/api/v2/");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    StatusClient(String base) {
        this.base = base;
    }

    static StatusClient of(RoleProcess restApi) {
        restApi.awaitOutput("REST API listening on", Duration.ofSeconds(90));
        Matcher m = LISTENING.matcher(restApi.output());
        if (!m.find()) {
            throw new AssertionError("no listening line in:\n" + restApi.output());
        }
        return new StatusClient(m.group(1));
    }

    JsonNode status() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/pulp/api/v2/status/"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("status answered " + r.statusCode() + ": " + r.body());
        }
        return MAPPER.readTree(r.body());
    }

    List<String> knownWorkers() throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        status().path("known_workers").forEach(w -> names.add(w.path("_id").asText()));
        return names;
    }
}
