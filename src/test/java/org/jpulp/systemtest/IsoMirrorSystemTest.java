package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.jpulp.testing.http.Fault;
import org.jpulp.testing.http.FixtureServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end, through REST only, with real processes (beat, resource manager, two workers, rest-api):
 * a PULP_MANIFEST feed served by a fixture server is synced, published and downloaded back through the content
 * frontend; a worker killed with SIGKILL mid-sync fails its task ("worker lost") and a re-sync reaches the same
 * result; a file uploaded in chunks is imported, published and served; a sync schedule fires a sync that
 * auto-publishes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IsoMirrorSystemTest {

    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(120);
    private static final int FILES = 20;

    private Cluster cluster;
    private FixtureServer feed;
    private RestClient rest;
    private Map<Integer, RoleProcess> workers;

    @BeforeAll
    void start(@TempDir Path dir) {
        feed = FixtureServer.http();
        cluster = new Cluster(dir, "[tasks]\nworker_timeout: 5\n");
        RoleProcess beat = cluster.beat("scheduler");
        RoleProcess rm = cluster.resourceManager("resource_manager");
        workers = Map.of(1, cluster.worker(1), 2, cluster.worker(2));
        RoleProcess api = cluster.restApi();
        cluster.awaitRunning(beat, rm, workers.get(1), workers.get(2), api);
        rest = RestClient.of(api);
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (feed != null) {
            feed.close();
        }
    }

    @Test
    @Order(1)
    void syncs_publishes_and_serves_every_file_of_the_feed() {
        Map<String, String> files = serveFeed("fast", 1);
        createRepository("fast", "fast");

        JsonNode sync = rest.awaitTask(rest.postTask("/repositories/fast/actions/sync/", Map.of()), TASK_TIMEOUT);
        assertThat(sync.path("state").asText()).as(sync.toString()).isEqualTo("finished");
        assertThat(sync.path("result").path("added_count").asInt()).isEqualTo(FILES);
        JsonNode publish = rest.awaitTask(rest.postTask("/repositories/fast/actions/publish/",
                Map.of("id", "iso")), TASK_TIMEOUT);
        assertThat(publish.path("state").asText()).as(publish.toString()).isEqualTo("finished");

        assertServed("fast", files);
        assertThat(rest.get("/repositories/fast/").path("content_unit_counts").path("iso").asInt())
                .isEqualTo(FILES);
        assertThat(rest.get("/repositories/fast/history/sync/").get(0).path("result").asText()).isEqualTo("success");
    }

    @Test
    @Order(2)
    void a_sync_whose_worker_is_killed_fails_and_a_resync_reaches_the_same_result() throws Exception {
        Map<String, String> files = serveFeed("slow", 2);
        CountDownLatch release = new CountDownLatch(1);
        files.keySet().forEach(name -> feed.fault("/slow/" + name, Fault.hang(100, release), 1000));
        createRepository("slow", "slow");

        String taskId = rest.postTask("/repositories/slow/actions/sync/", Map.of());
        await("a download of the slow sync to start").atMost(TASK_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> files.keySet().stream().anyMatch(name -> feed.requests("/slow/" + name) > 0));
        JsonNode running = rest.get("/tasks/" + taskId + "/");
        assertThat(running.path("state").asText()).isEqualTo("running");
        String workerName = running.path("worker_name").asText();
        int index = Integer.parseInt(workerName.substring("reserved_resource_worker-".length(),
                workerName.indexOf('@')));
        workers.get(index).kill();

        JsonNode lost = rest.awaitTask(taskId, TASK_TIMEOUT);
        assertThat(lost.path("state").asText()).isEqualTo("error");
        assertThat(lost.path("error").path("code").asText()).isEqualTo("PLP0049");
        assertThat(lost.path("error").path("description").asText()).contains("was lost");

        feed.clearFaults();
        release.countDown();
        JsonNode resync = rest.awaitTask(rest.postTask("/repositories/slow/actions/sync/", Map.of()), TASK_TIMEOUT);
        assertThat(resync.path("state").asText()).as(resync.toString()).isEqualTo("finished");
        JsonNode publish = rest.awaitTask(rest.postTask("/repositories/slow/actions/publish/",
                Map.of("id", "iso")), TASK_TIMEOUT);
        assertThat(publish.path("state").asText()).as(publish.toString()).isEqualTo("finished");
        assertThat(publish.path("result").path("result").asText()).isEqualTo("success");

        assertServed("slow", files);
        assertThat(rest.get("/repositories/slow/").path("content_unit_counts").path("iso").asInt())
                .isEqualTo(FILES);
    }

    @Test
    @Order(3)
    void a_file_uploaded_in_chunks_is_imported_published_and_served() {
        byte[] file = new byte[300_000];
        new Random(3).nextBytes(file);
        String sha = sha256(file);
        rest.post("/repositories/", Map.of("id", "uploaded", "importer_type_id", "iso_importer",
                "distributors", List.of(Map.of("distributor_type_id", "iso_distributor", "distributor_id", "iso",
                        "auto_publish", false, "distributor_config", Map.of("serve_http", true,
                                "relative_url", "uploaded")))), 201);
        String upload = rest.post("/content/uploads/", Map.of(), 201).path("upload_id").asText();
        rest.putBytes("/content/uploads/" + upload + "/200000/", Arrays.copyOfRange(file, 200_000, 300_000), 200);
        rest.putBytes("/content/uploads/" + upload + "/0/", Arrays.copyOfRange(file, 0, 100_000), 200);
        rest.putBytes("/content/uploads/" + upload + "/100000/", Arrays.copyOfRange(file, 100_000, 200_000), 200);

        JsonNode wrong = rest.awaitTask(rest.postTask("/repositories/uploaded/actions/import_upload/",
                importBody(upload, "bad.iso", "0".repeat(64), file.length)), TASK_TIMEOUT);
        JsonNode imported = rest.awaitTask(rest.postTask("/repositories/uploaded/actions/import_upload/",
                importBody(upload, "disk.iso", sha, file.length)), TASK_TIMEOUT);
        JsonNode publish = rest.awaitTask(rest.postTask("/repositories/uploaded/actions/publish/",
                Map.of("id", "iso")), TASK_TIMEOUT);
        rest.delete("/content/uploads/" + upload + "/", 200);

        assertThat(wrong.path("state").asText()).isEqualTo("error");
        assertThat(wrong.path("error").path("code").asText()).isEqualTo("PLP0047");
        assertThat(wrong.path("error").path("description").asText()).contains("checksum");
        assertThat(imported.path("state").asText()).as(imported.toString()).isEqualTo("finished");
        assertThat(imported.path("task_type").asText())
                .isEqualTo("pulp.server.managers.content.upload.import_uploaded_unit");
        assertThat(imported.path("result").path("success_flag").asBoolean()).isTrue();
        assertThat(publish.path("state").asText()).as(publish.toString()).isEqualTo("finished");
        assertServed("uploaded", Map.of("disk.iso", sha));
        assertThat(rest.get("/repositories/uploaded/").path("content_unit_counts").path("iso").asInt())
                .isEqualTo(1);
        assertThat(rest.get("/content/uploads/").path("upload_ids")).isEmpty();
    }

    @Test
    @Order(4)
    void a_sync_schedule_fires_a_sync_that_auto_publishes() {
        Map<String, String> files = serveFeed("auto", 4);
        rest.post("/repositories/", Map.of("id", "auto", "importer_type_id", "iso_importer",
                "importer_config", Map.of("feed", feed.uri("/auto/").toString()),
                "distributors", List.of(Map.of("distributor_type_id", "iso_distributor", "distributor_id", "iso",
                        "auto_publish", true, "distributor_config", Map.of("serve_http", true,
                                "relative_url", "auto")))), 201);

        String schedule = rest.post("/repositories/auto/importers/iso_importer/schedules/sync/",
                Map.of("schedule", "PT1H"), 201).path("_href").asText().replaceFirst("^/pulp/api/v2", "");
        AtomicReference<JsonNode> sync = new AtomicReference<>();
        await("the schedule to fire a sync").atMost(TASK_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode tasks = rest.get("/tasks/?tag=pulp:repository:auto&tag=pulp:action:sync");
            sync.set(tasks.size() == 0 ? null : tasks.get(0));
            return sync.get() != null;
        });
        JsonNode synced = rest.awaitTask(sync.get().path("task_id").asText(), TASK_TIMEOUT);
        assertThat(synced.path("state").asText()).as(synced.toString()).isEqualTo("finished");
        assertThat(synced.path("spawned_tasks")).hasSize(1);
        JsonNode published = rest.awaitTask(synced.path("spawned_tasks").get(0).path("task_id").asText(),
                TASK_TIMEOUT);
        assertThat(published.path("state").asText()).as(published.toString()).isEqualTo("finished");
        assertThat(published.path("task_type").asText()).isEqualTo("pulp.server.managers.repo.publish.publish");
        assertServed("auto", files);
        JsonNode fired = rest.get(schedule);
        assertThat(fired.path("total_run_count").asInt()).isEqualTo(1);
        assertThat(fired.path("last_run_at").isNull()).isFalse();
        assertThat(fired.path("consecutive_failures").asInt()).isZero();
    }

    private static Map<String, Object> importBody(String upload, String name, String checksum, int size) {
        return Map.of("upload_id", upload, "unit_type_id", "iso",
                "unit_key", Map.of("name", name, "checksum", checksum, "size", size), "unit_metadata", Map.of());
    }

    /** Puts {@value #FILES} generated files and their PULP_MANIFEST under {@code /<name>/}; answers name → sha256. */
    private Map<String, String> serveFeed(String name, long seed) {
        Random random = new Random(seed);
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder();
        for (int i = 0; i < FILES; i++) {
            byte[] body = new byte[1 + random.nextInt(150_000)];
            random.nextBytes(body);
            String file = "file-" + i + (i % 3 == 0 ? ".iso" : ".img");
            String sha = sha256(body);
            files.put(file, sha);
            manifest.append(file).append(',').append(sha).append(',').append(body.length).append('\n');
            feed.put("/" + name + "/" + file, body);
        }
        feed.put("/" + name + "/PULP_MANIFEST", manifest.toString());
        return files;
    }

    private void createRepository(String id, String relativeUrl) {
        Map<String, Object> distributor = new LinkedHashMap<>();
        distributor.put("distributor_type_id", "iso_distributor");
        distributor.put("distributor_id", "iso");
        distributor.put("auto_publish", false);
        distributor.put("distributor_config", Map.of("serve_http", true, "serve_https", false,
                "relative_url", relativeUrl));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("importer_type_id", "iso_importer");
        body.put("importer_config", Map.of("feed", feed.uri("/" + id + "/").toString(), "max_downloads", 4));
        body.put("distributors", List.of(distributor));
        rest.post("/repositories/", body, 201);
    }

    private void assertServed(String relativeUrl, Map<String, String> files) {
        files.forEach((name, sha) -> {
            HttpResponse<byte[]> r = rest.download("/pulp/isos/" + relativeUrl + "/" + name);
            assertThat(r.statusCode()).as(name).isEqualTo(200);
            assertThat(sha256(r.body())).as(name).isEqualTo(sha);
        });
        assertThat(rest.download("/pulp/isos/" + relativeUrl + "/PULP_MANIFEST").statusCode()).isEqualTo(200);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
