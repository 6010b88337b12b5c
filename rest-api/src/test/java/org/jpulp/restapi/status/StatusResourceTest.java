package org.jpulp.restapi.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jpulp.common.config.RestConfig;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.json.Json;
import org.jpulp.common.liveness.InMemoryProcessRegistry;
import org.jpulp.common.liveness.ProcessRecord;
import org.jpulp.common.liveness.ProcessRegistry;
import org.jpulp.common.messaging.InMemoryMessaging;
import org.jpulp.restapi.http.RestServer;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusResourceTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T19:40:10.750Z"));
    private final InMemoryMessaging messaging = new InMemoryMessaging();
    private final HttpClient http = HttpClient.newHttpClient();
    private RestServer server;

    private void serve(ProcessRegistry registry) {
        server = new RestServer(new RestConfig("127.0.0.1", 0), mapper,
                Set.of(new StatusResource(registry, messaging, clock, new TasksConfig(Duration.ofSeconds(30)))));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        messaging.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reports_versions_connections_and_only_recently_seen_processes_without_auth() throws Exception {
        InMemoryProcessRegistry registry = new InMemoryProcessRegistry();
        registry.heartbeat("scheduler@h", clock.instant().minusSeconds(5));
        registry.heartbeat("reserved_resource_worker-1@h", clock.instant().minusSeconds(24));
        registry.heartbeat("reserved_resource_worker-2@h", clock.instant().minusSeconds(25));
        serve(registry);

        HttpResponse<String> response = get("/pulp/api/v2/status/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> v.startsWith("application/json"));
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.path("api_version").asText()).isEqualTo("2");
        assertThat(body.path("versions").path("platform_version").asText()).isEqualTo("2.21.5");
        assertThat(body.path("database_connection").path("connected").asBoolean()).isTrue();
        assertThat(body.path("messaging_connection").path("connected").asBoolean()).isTrue();
        assertThat(body.path("known_workers")).hasSize(2);
        JsonNode first = body.path("known_workers").get(1);
        assertThat(first.path("_id").asText()).isEqualTo("scheduler@h");
        assertThat(first.path("name").asText()).isEqualTo("scheduler@h");
        assertThat(first.path("_ns").asText()).isEqualTo("workers");
        assertThat(first.path("last_heartbeat").asText()).isEqualTo("2026-05-01T19:40:05Z");
    }

    @Test
    void database_and_broker_outages_show_as_not_connected() throws Exception {
        serve(new UnreachableRegistry());
        messaging.setConnected(false);

        JsonNode body = mapper.readTree(get("/pulp/api/v2/status/").body());

        assertThat(body.path("database_connection").path("connected").asBoolean()).isFalse();
        assertThat(body.path("messaging_connection").path("connected").asBoolean()).isFalse();
        assertThat(body.path("known_workers")).isEmpty();
    }

    @Test
    void unknown_url_is_404_with_json_null_body() throws Exception {
        serve(new InMemoryProcessRegistry());

        HttpResponse<String> response = get("/pulp/api/v2/nonexistent/");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("null");
    }

    private static final class UnreachableRegistry implements ProcessRegistry {
        @Override
        public void heartbeat(String name, Instant at) {
            throw new IllegalStateException("down");
        }

        @Override
        public void remove(String name) {
            throw new IllegalStateException("down");
        }

        @Override
        public boolean retire(ProcessRecord record) {
            throw new IllegalStateException("down");
        }

        @Override
        public List<ProcessRecord> aliveSince(Instant since) {
            throw new IllegalStateException("down");
        }

        @Override
        public List<ProcessRecord> silentSince(Instant cutoff) {
            throw new IllegalStateException("down");
        }
    }
}
