package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jpulp.testing.http.FixtureServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy, unassociate and orphan removal through REST only, with real processes: ISOs synced into one repository are
 * copied to a second one, partly removed again, and once the first repository is gone its units are orphans whose
 * documents and files a delete removes, while the copied unit and its file stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitCopySystemTest {

    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(120);

    private Cluster cluster;
    private FixtureServer feed;
    private RestClient rest;

    @BeforeAll
    void start(@TempDir Path dir) {
        feed = FixtureServer.http();
        cluster = new Cluster(dir, "");
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
        if (feed != null) {
            feed.close();
        }
    }

    @Test
    void copies_unassociates_and_deletes_orphans() throws Exception {
        StringBuilder manifest = new StringBuilder();
        for (String name : List.of("a.iso", "b.iso", "c.iso")) {
            byte[] body = ("content of " + name).getBytes(StandardCharsets.UTF_8);
            feed.put("/src/" + name, body);
            manifest.append(name).append(',').append(sha256(body)).append(',').append(body.length).append('\n');
        }
        feed.put("/src/PULP_MANIFEST", manifest.toString());
        rest.post("/repositories/", Map.of("id", "src", "importer_type_id", "iso_importer",
                "importer_config", Map.of("feed", feed.uri("/src/").toString())), 201);
        rest.post("/repositories/", Map.of("id", "dest", "importer_type_id", "iso_importer"), 201);
        assertFinished(rest.postTask("/repositories/src/actions/sync/", Map.of()));

        JsonNode copy = assertFinished(rest.postTask("/repositories/dest/actions/associate/", Map.of(
                "source_repo_id", "src", "criteria", Map.of("type_ids", List.of("iso"),
                        "filters", Map.of("unit", Map.of("name", Map.of("$in", List.of("a.iso", "b.iso"))))))));

        assertThat(copy.path("task_type").asText())
                .isEqualTo("pulp.server.managers.repo.unit_association.associate_from_repo");
        assertThat(texts(copy.path("tags"))).containsExactly("pulp:repository:dest", "pulp:repository:src",
                "pulp:action:associate");
        assertThat(copy.path("result").path("units_successful")).hasSize(2);
        assertThat(copy.path("result").path("units_successful").get(0).path("type_id").asText()).isEqualTo("iso");
        assertThat(names(rest.post("/repositories/dest/search/units/", Map.of("criteria", Map.of()), 200)))
                .containsExactlyInAnyOrder("a.iso", "b.iso");
        assertThat(rest.get("/repositories/dest/").path("content_unit_counts").path("iso").asInt()).isEqualTo(2);

        JsonNode removed = assertFinished(rest.postTask("/repositories/dest/actions/unassociate/", Map.of(
                "criteria", Map.of("filters", Map.of("unit", Map.of("name", "a.iso"))))));

        assertThat(removed.path("result").path("units_successful")).hasSize(1);
        assertThat(names(rest.post("/repositories/dest/search/units/", Map.of("criteria", Map.of()), 200)))
                .containsExactly("b.iso");
        assertThat(rest.get("/repositories/dest/").path("last_unit_removed").isTextual()).isTrue();

        assertFinished(rest.delete("/repositories/src/", 202).path("spawned_tasks").get(0).path("task_id").asText());
        assertThat(rest.get("/content/orphans/").path("iso").path("count").asInt()).isEqualTo(2);
        Map<String, Path> files = storagePaths();

        JsonNode orphans = assertFinished(rest.delete("/content/orphans/", 202).path("spawned_tasks").get(0)
                .path("task_id").asText());

        assertThat(orphans.path("result").path("iso").asInt()).isEqualTo(2);
        assertThat(rest.get("/content/orphans/").path("iso").path("count").asInt()).isZero();
        assertThat(storagePaths()).containsOnlyKeys("b.iso");
        assertThat(files.get("a.iso")).doesNotExist();
        assertThat(files.get("c.iso")).doesNotExist();
        assertThat(Files.readString(files.get("b.iso"))).isEqualTo("content of b.iso");
    }

    private JsonNode assertFinished(String taskId) {
        JsonNode task = rest.awaitTask(taskId, TASK_TIMEOUT);
        assertThat(task.path("state").asText()).as(task.toString()).isEqualTo("finished");
        return task;
    }

    private Map<String, Path> storagePaths() {
        Map<String, Path> paths = new java.util.TreeMap<>();
        rest.post("/content/units/iso/search/", Map.of("criteria", Map.of()), 200).forEach(u -> paths.put(
                u.path("name").asText(), Path.of(u.path("_storage_path").asText())));
        return paths;
    }

    private static List<String> names(JsonNode associations) {
        List<String> names = new ArrayList<>();
        associations.forEach(a -> names.add(a.path("metadata").path("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
