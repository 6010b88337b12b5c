package org.jpulp.restapi.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.jpulp.common.repository.PublishResult;
import org.jpulp.common.repository.SyncResult;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.restapi.support.ApiClient;
import org.jpulp.restapi.support.ApiResponse;
import org.jpulp.restapi.support.TestServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code actions/sync/}, {@code actions/publish/} and the sync and publish history. */
@ExtendWith(EmbeddedMongoExtension.class)
class ActionsAndHistoryApiTest {

    private static final String ZOO = "/pulp/api/v2/repositories/zoo/";
    @TempDir
    static Path dir;
    private static TestServer server;
    private ApiClient admin;

    @BeforeAll
    static void start(MongoDatabase db) {
        server = TestServer.start(db, dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
        admin = server.admin();
        admin.post("/pulp/api/v2/repositories/", """
                {"id": "zoo", "importer_type_id": "fake_importer", "importer_config": {"feed": "http://a/"},
                 "distributors": [{"distributor_type_id": "fake_distributor", "distributor_id": "web"}]}""");
    }

    @Test
    void sync_answers_a_call_report_of_one_reserved_task() {
        ApiResponse sync = admin.post(ZOO + "actions/sync/", "{\"override_config\": {\"validate\": false}}");
        ApiResponse noBody = admin.post(ZOO + "actions/sync/", null);

        assertThat(sync.status()).as(sync.text()).isEqualTo(202);
        assertThat(noBody.status()).isEqualTo(202);
        JsonNode spawned = sync.json().path("spawned_tasks");
        assertThat(spawned).hasSize(1);
        TaskRequest task = server.tasks().dispatched().get(0).request();
        assertThat(spawned.get(0).path("task_id").asText()).isEqualTo(server.tasks().dispatched().get(0).taskId());
        assertThat(task.taskType()).isEqualTo("pulp.server.managers.repo.sync.sync");
        assertThat(task.resources()).containsExactly("repository:zoo");
        assertThat(task.tags()).containsExactly("pulp:repository:zoo", "pulp:action:sync");
        assertThat(task.args()).isEqualTo(Map.of("repo_id", "zoo", "override_config", Map.of("validate", false)));
        assertThat(server.tasks().dispatched().get(1).request().args()).containsEntry("override_config", Map.of());
    }

    @Test
    void sync_checks_the_override_and_the_repository_first() {
        ApiResponse refused = admin.post(ZOO + "actions/sync/", "{\"override_config\": {\"feed\": \"ftp://x\"}}");
        ApiResponse notObject = admin.post(ZOO + "actions/sync/", "{\"override_config\": [1]}");
        ApiResponse missing = admin.post("/pulp/api/v2/repositories/nope/actions/sync/", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("property_names").get(0).asText()).isEqualTo("feed");
        assertThat(notObject.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void publish_needs_a_distributor_id_and_answers_a_call_report() {
        ApiResponse publish = admin.post(ZOO + "actions/publish/", "{\"id\": \"web\", \"override_config\": {}}");
        ApiResponse noId = admin.post(ZOO + "actions/publish/", "{}");
        ApiResponse unknown = admin.post(ZOO + "actions/publish/", "{\"id\": \"nope\"}");
        ApiResponse refused = admin.post(ZOO + "actions/publish/", "{\"id\": \"web\", "
                + "\"override_config\": {\"relative_url\": \"..\"}}");

        assertThat(publish.status()).as(publish.text()).isEqualTo(202);
        TaskRequest task = server.tasks().single().request();
        assertThat(task.taskType()).isEqualTo("pulp.server.managers.repo.publish.publish");
        assertThat(task.resources()).containsExactly("repository:zoo");
        assertThat(task.tags()).containsExactly("pulp:repository:zoo", "pulp:action:publish");
        assertThat(task.args()).containsEntry("distributor_id", "web");
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().path("missing_property_names").get(0).asText()).isEqualTo("id");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(refused.status()).isEqualTo(400);
    }

    private void syncAt(String started, String result) {
        Instant at = Instant.parse(started);
        server.history().addSyncResult(new SyncResult(null, "zoo", "fake_importer", "fake_importer", at,
                at.plusSeconds(41), result, 32, 1, 0, Map.of("files", 32), Map.of(), null, null, null));
    }

    @Test
    void sync_history_is_newest_first_and_honours_limit_sort_and_dates() {
        syncAt("2026-01-01T00:00:00Z", "success");
        syncAt("2026-01-02T00:00:00Z", "failed");
        syncAt("2026-01-03T00:00:00Z", "success");

        ApiResponse all = admin.get(ZOO + "history/sync/");
        ApiResponse limited = admin.get(ZOO + "history/sync/?limit=1&sort=ascending");
        ApiResponse window = admin.get(ZOO + "history/sync/?start_date=2026-01-02T00:00:00Z&end_date=2026-01-02T12:00:00Z");
        ApiResponse doubleSlash = admin.get("/pulp/api/v2/repositories/zoo//history/sync/");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).extracting(n -> n.path("started").asText()).containsExactly("2026-01-03T00:00:00Z",
                "2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z");
        JsonNode entry = all.json().get(0);
        assertThat(entry.path("_ns").asText()).isEqualTo("repo_sync_results");
        assertThat(entry.path("id").asText()).isEqualTo(entry.path("_id").path("$oid").asText());
        assertThat(entry.path("completed").asText()).isEqualTo("2026-01-03T00:00:41Z");
        assertThat(entry.path("added_count").asLong()).isEqualTo(32);
        assertThat(entry.path("importer_type_id").asText()).isEqualTo("fake_importer");
        assertThat(entry.path("summary").path("files").asInt()).isEqualTo(32);
        assertThat(entry.has("error_message") && entry.has("traceback")).isTrue();
        assertThat(limited.json()).extracting(n -> n.path("started").asText()).containsExactly("2026-01-01T00:00:00Z");
        assertThat(window.json()).extracting(n -> n.path("result").asText()).containsExactly("failed");
        assertThat(doubleSlash.status()).isEqualTo(200);
    }

    @Test
    void history_refuses_bad_parameters_and_unknown_owners() {
        assertThat(admin.get(ZOO + "history/sync/?limit=0").json().path("property_names").get(0).asText())
                .isEqualTo("limit");
        assertThat(admin.get(ZOO + "history/sync/?limit=x").status()).isEqualTo(400);
        assertThat(admin.get(ZOO + "history/sync/?sort=up").json().path("property_names").get(0).asText())
                .isEqualTo("sort");
        assertThat(admin.get(ZOO + "history/sync/?start_date=yesterday").json().path("property_names").get(0)
                .asText()).isEqualTo("start_date");
        assertThat(admin.get("/pulp/api/v2/repositories/nope/history/sync/").status()).isEqualTo(404);
        assertThat(admin.get(ZOO + "history/publish/nope/").status()).isEqualTo(404);
    }

    @Test
    void publish_history_lists_one_distributor() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        server.history().addPublishResult(new PublishResult(null, "zoo", "web", "fake_distributor", at,
                at.plusSeconds(2), "skipped", Map.of(), Map.of(), null, null, null));

        ApiResponse history = admin.get(ZOO + "history/publish/web/");

        assertThat(history.status()).isEqualTo(200);
        JsonNode entry = history.json().get(0);
        assertThat(entry.path("_ns").asText()).isEqualTo("repo_publish_results");
        assertThat(entry.path("distributor_id").asText()).isEqualTo("web");
        assertThat(entry.path("distributor_type_id").asText()).isEqualTo("fake_distributor");
        assertThat(entry.path("result").asText()).isEqualTo("skipped");
        assertThat(entry.has("added_count")).isFalse();
    }
}
