package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.testing.rpm.Dnf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code yum_distributor} through REST with real processes: its config errors answer 400 with Pulp 2's messages, a
 * publish serves a repository dnf reads at /pulp/repos/, a second publish with nothing changed is skipped with Pulp
 * 2's summary, removing the distributor unpublishes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YumPublishSystemTest {

    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(120);

    private Cluster cluster;
    private RestClient rest;
    private Path dir;

    @BeforeAll
    void start(@TempDir Path tmp) {
        dir = tmp;
        cluster = new Cluster(tmp, "[tasks]\nworker_timeout: 5\n");
        RoleProcess beat = cluster.beat("scheduler");
        RoleProcess rm = cluster.resourceManager("resource_manager");
        RoleProcess worker = cluster.worker(1);
        RoleProcess api = cluster.restApi();
        cluster.awaitRunning(beat, rm, worker, api);
        rest = RestClient.of(api);
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void publishes_serves_skips_and_unpublishes_a_yum_repository() throws Exception {
        rest.post("/repositories/", Map.of("id", "zoo"), 201);
        JsonNode refused = rest.post("/repositories/zoo/distributors/", distributor(Map.of("relative_url", "el/zoo",
                "http", false, "https", false, "checksum_type", "crc32")), 400);
        assertThat(refused.path("error_message").asText())
                .contains("Configuration value for [checksum_type] is not supported: crc32")
                .contains("Settings serve via http and https are both set to false.");
        rest.post("/repositories/zoo/distributors/", distributor(Map.of("relative_url", "el/zoo", "http", true,
                "https", true)), 201);

        JsonNode first = rest.awaitTask(rest.postTask("/repositories/zoo/actions/publish/",
                Map.of("id", "yum_distributor")), TASK_TIMEOUT);

        assertThat(first.path("state").asText()).as(first.toString()).isEqualTo("finished");
        assertThat(first.path("result").path("result").asText()).isEqualTo("success");
        assertThat(first.path("result").path("summary").path("rpms").asText()).isEqualTo("FINISHED");
        assertThat(first.path("result").path("details").isArray()).isTrue();
        assertThat(first.path("progress_report").path("yum_distributor").get(0).path("step_type").asText())
                .isEqualTo("initialize_repo_metadata");
        assertThat(rest.download("/pulp/repos/el/zoo/repodata/repomd.xml").statusCode()).isEqualTo(200);
        assertThat(dnf(rest.base() + "/pulp/repos/el/zoo/", "repoquery")).isEmpty();

        JsonNode again = rest.awaitTask(rest.postTask("/repositories/zoo/actions/publish/",
                Map.of("id", "yum_distributor")), TASK_TIMEOUT);
        assertThat(again.path("result").path("result").asText()).isEqualTo("skipped");
        assertThat(again.path("result").path("summary").asText())
                .isEqualTo("Skipped: Repository content has not changed since last publish.");
        assertThat(rest.get("/repositories/zoo/history/publish/yum_distributor/").get(0).path("result").asText())
                .isEqualTo("skipped");

        JsonNode removed = rest.awaitTask(rest.delete("/repositories/zoo/distributors/yum_distributor/", 202)
                .path("spawned_tasks").get(0).path("task_id").asText(), TASK_TIMEOUT);
        assertThat(removed.path("state").asText()).as(removed.toString()).isEqualTo("finished");
        assertThat(rest.download("/pulp/repos/el/zoo/repodata/repomd.xml").statusCode()).isEqualTo(404);
    }

    private static Map<String, Object> distributor(Map<String, Object> config) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("distributor_type_id", "yum_distributor");
        body.put("distributor_id", "yum_distributor");
        body.put("auto_publish", false);
        body.put("distributor_config", config);
        return body;
    }

    private List<String> dnf(String url, String... args) throws Exception {
        return new Dnf(dir.resolve("dnf"), url).run(args);
    }
}
