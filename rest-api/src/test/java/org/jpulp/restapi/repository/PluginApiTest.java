package org.jpulp.restapi.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jpulp.common.repository.RepositoryTasks;
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

/** Importers and distributors of a repository: Pulp 2's synchronous reads and adds, and its tasks. */
@ExtendWith(EmbeddedMongoExtension.class)
class PluginApiTest {

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
        admin.post("/pulp/api/v2/repositories/", "{\"id\": \"zoo\"}");
    }

    private void withImporter() {
        admin.put(ZOO, "{}");
        server.repositories().setImporter(org.jpulp.common.repository.Importer.of("zoo", "fake_importer",
                Map.of("feed", "http://a/"), server.clock().instant()));
    }

    @Test
    void setting_an_importer_is_checked_then_queued() {
        ApiResponse queued = admin.post(ZOO + "importers/", "{\"importer_type_id\": \"fake_importer\", "
                + "\"importer_config\": {\"feed\": \"http://a/\", \"skip\": null}}");

        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        TaskRequest task = server.tasks().single().request();
        assertThat(task.taskType()).isEqualTo("pulp.server.managers.repo.importer.set_importer");
        assertThat(task.resources()).containsExactly("repository:zoo");
        assertThat(task.tags()).containsExactly("pulp:repository:zoo", "pulp:action:add_importer");
        assertThat(task.args()).containsEntry("importer_type_id", "fake_importer")
                .containsEntry("importer_config", Map.of("feed", "http://a/"));
        assertThat(queued.json().path("spawned_tasks").get(0).path("task_id").asText())
                .isEqualTo(server.tasks().single().taskId());
    }

    @Test
    void setting_an_importer_refuses_unknown_types_bad_configs_and_missing_repositories() {
        ApiResponse noType = admin.post(ZOO + "importers/", "{}");
        ApiResponse unknown = admin.post(ZOO + "importers/", "{\"importer_type_id\": \"nope\"}");
        ApiResponse refused = admin.post(ZOO + "importers/", "{\"importer_type_id\": \"fake_importer\", "
                + "\"importer_config\": {\"broken\": 1}}");
        ApiResponse noRepo = admin.post("/pulp/api/v2/repositories/nope/importers/",
                "{\"importer_type_id\": \"fake_importer\"}");

        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().path("missing_property_names").get(0).asText()).isEqualTo("importer_type_id");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("PLP1008");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error_message").asText()).isEqualTo("this config is broken");
        assertThat(refused.json().path("property_names").get(0).asText()).isEqualTo("importer_config");
        assertThat(noRepo.status()).isEqualTo(404);
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void the_importer_is_listed_read_updated_and_removed() {
        assertThat(admin.get(ZOO + "importers/").json()).isEmpty();
        assertThat(admin.get(ZOO + "importers/fake_importer/").status()).isEqualTo(404);
        withImporter();

        ApiResponse list = admin.get(ZOO + "importers/");
        ApiResponse one = admin.get(ZOO + "importers/fake_importer/");
        ApiResponse update = admin.put(ZOO + "importers/fake_importer/", "{\"importer_config\": {\"feed\": null}}");
        ApiResponse badUpdate = admin.put(ZOO + "importers/fake_importer/", "{\"importer_config\": {\"feed\": \"x\"}}");
        ApiResponse noConfig = admin.put(ZOO + "importers/fake_importer/", "{}");
        ApiResponse otherId = admin.get(ZOO + "importers/other_importer/");
        ApiResponse remove = admin.delete(ZOO + "importers/fake_importer/");

        assertThat(list.json()).hasSize(1);
        assertThat(one.json().path("config").path("feed").asText()).isEqualTo("http://a/");
        assertThat(update.status()).isEqualTo(202);
        assertThat(badUpdate.status()).isEqualTo(400);
        assertThat(noConfig.status()).isEqualTo(400);
        assertThat(otherId.status()).isEqualTo(404);
        assertThat(otherId.json().path("resources").path("importer").asText()).isEqualTo("other_importer");
        assertThat(remove.status()).isEqualTo(202);
        assertThat(server.tasks().requests()).extracting(TaskRequest::taskType).containsExactly(
                RepositoryTasks.UPDATE_IMPORTER, RepositoryTasks.REMOVE_IMPORTER);
        Map<String, Object> removedFeed = new HashMap<>();
        removedFeed.put("feed", null);
        TaskRequest updateTask = server.tasks().requests().get(0);
        assertThat(updateTask.args()).containsEntry("importer_config", removedFeed);
        assertThat(updateTask.tags()).containsExactly("pulp:repository:zoo",
                "pulp:repository_importer:fake_importer", "pulp:action:update_importer");
        assertThat(server.tasks().requests().get(1).tags()).containsExactly("pulp:repository:zoo",
                "pulp:repository_importer:fake_importer", "pulp:action:delete_importer");
    }

    @Test
    void adding_a_distributor_is_synchronous_with_201_and_location() {
        ApiResponse added = admin.post(ZOO + "distributors/", "{\"distributor_type_id\": \"fake_distributor\", "
                + "\"distributor_id\": \"web\", \"distributor_config\": {\"relative_url\": \"zoo\", \"x\": null}, "
                + "\"auto_publish\": true}");
        ApiResponse generated = admin.post(ZOO + "distributors/", "{\"distributor_type_id\": \"fake_distributor\"}");

        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.header("Location")).contains(ZOO + "distributors/web/");
        JsonNode d = added.json();
        assertThat(d.path("id").asText()).isEqualTo("web");
        assertThat(d.path("_ns").asText()).isEqualTo("repo_distributors");
        assertThat(d.path("config").path("relative_url").asText()).isEqualTo("zoo");
        assertThat(d.path("config").has("x")).isFalse();
        assertThat(d.path("auto_publish").asBoolean()).isTrue();
        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.json().path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(admin.get(ZOO + "distributors/").json()).hasSize(2);
        assertThat(admin.get(ZOO + "distributors/web/").json().path("id").asText()).isEqualTo("web");
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void adding_a_distributor_reports_what_is_wrong() {
        ApiResponse noType = admin.post(ZOO + "distributors/", "{}");
        ApiResponse unknown = admin.post(ZOO + "distributors/", "{\"distributor_type_id\": \"nope\"}");
        ApiResponse badId = admin.post(ZOO + "distributors/", "{\"distributor_type_id\": \"fake_distributor\", "
                + "\"distributor_id\": \"a.b\"}");
        ApiResponse refused = admin.post(ZOO + "distributors/", "{\"distributor_type_id\": \"fake_distributor\", "
                + "\"distributor_config\": {\"relative_url\": \"../x\"}}");
        ApiResponse noRepo = admin.post("/pulp/api/v2/repositories/nope/distributors/",
                "{\"distributor_type_id\": \"fake_distributor\"}");
        ApiResponse wrongAutoPublish = admin.post(ZOO + "distributors/",
                "{\"distributor_type_id\": \"fake_distributor\", \"auto_publish\": \"yes\"}");

        assertThat(noType.json().path("missing_property_names").get(0).asText()).isEqualTo("distributor_type_id");
        assertThat(unknown.json().path("property_names").get(0).asText()).isEqualTo("distributor_type_id");
        assertThat(badId.json().path("property_names").get(0).asText()).isEqualTo("distributor_id");
        assertThat(refused.json().path("property_names").get(0).asText()).isEqualTo("relative_url");
        assertThat(wrongAutoPublish.json().path("property_names").get(0).asText()).isEqualTo("auto_publish");
        assertThat(noRepo.status()).isEqualTo(404);
        assertThat(admin.get(ZOO + "distributors/").json()).isEmpty();
    }

    @Test
    void updating_and_removing_a_distributor_are_tasks() {
        admin.post(ZOO + "distributors/", "{\"distributor_type_id\": \"fake_distributor\", \"distributor_id\": \"web\"}");

        ApiResponse update = admin.put(ZOO + "distributors/web/", "{\"distributor_config\": {\"relative_url\": \"z\"},"
                + " \"delta\": {\"auto_publish\": true}}");
        ApiResponse onlyDelta = admin.put(ZOO + "distributors/web/", "{\"delta\": {\"auto_publish\": false}}");
        ApiResponse badDelta = admin.put(ZOO + "distributors/web/", "{\"delta\": {\"colour\": 1}}");
        ApiResponse refused = admin.put(ZOO + "distributors/web/", "{\"distributor_config\": {\"relative_url\": \"..\"}}");
        ApiResponse empty = admin.put(ZOO + "distributors/web/", "{}");
        ApiResponse missing = admin.put(ZOO + "distributors/nope/", "{\"distributor_config\": {}}");
        ApiResponse remove = admin.delete(ZOO + "distributors/web/");
        ApiResponse removeMissing = admin.delete(ZOO + "distributors/nope/");

        assertThat(update.status()).isEqualTo(202);
        assertThat(onlyDelta.status()).isEqualTo(202);
        assertThat(badDelta.status()).isEqualTo(400);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(remove.status()).isEqualTo(202);
        assertThat(removeMissing.status()).isEqualTo(404);
        assertThat(server.tasks().requests()).extracting(TaskRequest::taskType).containsExactly(
                RepositoryTasks.UPDATE_DISTRIBUTOR, RepositoryTasks.UPDATE_DISTRIBUTOR,
                RepositoryTasks.REMOVE_DISTRIBUTOR);
        TaskRequest first = server.tasks().requests().get(0);
        assertThat(first.args()).containsEntry("auto_publish", true)
                .containsEntry("distributor_config", Map.of("relative_url", "z"));
        assertThat(server.tasks().requests().get(2).tags()).containsExactly("pulp:repository:zoo",
                "pulp:repository_distributor:web", "pulp:action:remove_distributor");
    }
}
