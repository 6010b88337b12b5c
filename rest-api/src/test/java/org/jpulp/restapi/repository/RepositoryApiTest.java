package org.jpulp.restapi.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.restapi.support.ApiClient;
import org.jpulp.restapi.support.ApiResponse;
import org.jpulp.restapi.support.FakePlugins;
import org.jpulp.restapi.support.TestServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code /repositories/}: create, list, get with details, update, delete, search, over HTTP as admin. */
@ExtendWith(EmbeddedMongoExtension.class)
class RepositoryApiTest {

    private static final String REPOS = "/pulp/api/v2/repositories/";
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
    }

    private ApiResponse createZoo() {
        return admin.post(REPOS, """
                {"id": "zoo", "display_name": "Zoo", "description": "animals",
                 "notes": {"_repo-type": "iso-repo"},
                 "importer_type_id": "fake_importer",
                 "importer_config": {"feed": "https://example.com/zoo/", "proxy_password": "secret", "gone": null},
                 "distributors": [{"distributor_type_id": "fake_distributor", "distributor_id": "web",
                                   "distributor_config": {"relative_url": "zoo"}, "auto_publish": true}]}""");
    }

    @Test
    void create_answers_201_with_location_and_pulp_document() {
        ApiResponse created = createZoo();

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).contains(REPOS + "zoo/");
        JsonNode body = created.json();
        assertThat(body.path("id").asText()).isEqualTo("zoo");
        assertThat(body.path("_id").path("$oid").asText()).matches("[0-9a-f]{24}");
        assertThat(body.path("_ns").asText()).isEqualTo("repos");
        assertThat(body.path("_href").asText()).isEqualTo(REPOS + "zoo/");
        assertThat(body.path("display_name").asText()).isEqualTo("Zoo");
        assertThat(body.path("description").asText()).isEqualTo("animals");
        assertThat(body.path("notes").path("_repo-type").asText()).isEqualTo("iso-repo");
        assertThat(body.path("scratchpad").isObject()).isTrue();
        assertThat(body.path("content_unit_counts").isObject()).isTrue();
        assertThat(body.has("last_unit_added") && body.get("last_unit_added").isNull()).isTrue();
        assertThat(body.has("last_unit_removed")).isTrue();
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void importer_and_distributors_of_a_new_repository_are_stored_at_once() {
        createZoo();

        JsonNode repo = admin.get(REPOS + "zoo/?details=true").json();

        JsonNode importer = repo.path("importers").get(0);
        assertThat(importer.path("id").asText()).isEqualTo(FakePlugins.IMPORTER);
        assertThat(importer.path("importer_type_id").asText()).isEqualTo(FakePlugins.IMPORTER);
        assertThat(importer.path("repo_id").asText()).isEqualTo("zoo");
        assertThat(importer.path("_ns").asText()).isEqualTo("repo_importers");
        assertThat(importer.path("_href").asText()).isEqualTo(REPOS + "zoo/importers/fake_importer/");
        assertThat(importer.path("config").path("feed").asText()).isEqualTo("https://example.com/zoo/");
        assertThat(importer.path("config").path("proxy_password").asText()).isEqualTo("*****");
        assertThat(importer.path("config").has("gone")).isFalse();
        assertThat(importer.path("last_updated").asText()).isEqualTo("2026-05-01T10:00:00Z");
        assertThat(importer.path("last_override_config").isObject()).isTrue();
        JsonNode distributor = repo.path("distributors").get(0);
        assertThat(distributor.path("id").asText()).isEqualTo("web");
        assertThat(distributor.path("auto_publish").asBoolean()).isTrue();
        assertThat(distributor.path("config").path("relative_url").asText()).isEqualTo("zoo");
        assertThat(distributor.path("_href").asText()).isEqualTo(REPOS + "zoo/distributors/web/");
        assertThat(repo.path("total_repository_units").asLong()).isZero();
        assertThat(repo.path("locally_stored_units").asLong()).isZero();
    }

    @Test
    void get_adds_only_what_the_flags_ask_for() {
        createZoo();

        JsonNode plain = admin.get(REPOS + "zoo/").json();
        JsonNode importers = admin.get(REPOS + "zoo/?importers=true").json();
        JsonNode distributors = admin.get(REPOS + "zoo/?distributors=true").json();

        assertThat(plain.has("importers") || plain.has("distributors") || plain.has("total_repository_units"))
                .isFalse();
        assertThat(importers.path("importers")).hasSize(1);
        assertThat(importers.has("distributors")).isFalse();
        assertThat(distributors.path("distributors")).hasSize(1);
        assertThat(distributors.has("importers")).isFalse();
    }

    @Test
    void list_returns_every_repository_with_optional_details() {
        createZoo();
        admin.post(REPOS, "{\"id\": \"plain\"}");

        ApiResponse list = admin.get(REPOS);
        ApiResponse detailed = admin.get(REPOS + "?details=true");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).extracting(n -> n.path("id").asText()).containsExactlyInAnyOrder("zoo", "plain");
        assertThat(detailed.json()).allSatisfy(r -> assertThat(r.has("importers")).isTrue());
        JsonNode plain = admin.get(REPOS + "plain/?details=true").json();
        assertThat(plain.path("display_name").asText()).isEqualTo("plain");
        assertThat(plain.path("importers")).isEmpty();
    }

    @Test
    void a_taken_id_is_409_and_a_bad_id_is_400_naming_repo_id() {
        createZoo();

        ApiResponse duplicate = createZoo();
        ApiResponse badId = admin.post(REPOS, "{\"id\": \"no/slashes\"}");
        ApiResponse noId = admin.post(REPOS, "{\"display_name\": \"x\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("PLP0018");
        assertThat(duplicate.json().path("resource_id").asText()).isEqualTo("zoo");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("property_names").get(0).asText()).isEqualTo("repo_id");
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.errorCode()).isEqualTo("PLP0016");
        assertThat(noId.json().path("missing_property_names").get(0).asText()).isEqualTo("id");
    }

    @Test
    void unknown_plugin_types_and_refused_configs_are_400_and_create_nothing() {
        ApiResponse badImporter = admin.post(REPOS, "{\"id\": \"a\", \"importer_type_id\": \"nope\"}");
        ApiResponse badFeed = admin.post(REPOS, "{\"id\": \"b\", \"importer_type_id\": \"fake_importer\", "
                + "\"importer_config\": {\"feed\": \"ftp://x\"}}");
        ApiResponse badDistributor = admin.post(REPOS, "{\"id\": \"c\", \"distributors\": "
                + "[{\"distributor_type_id\": \"nope\"}]}");
        ApiResponse badDistConfig = admin.post(REPOS, "{\"id\": \"d\", \"distributors\": [{\"distributor_type_id\": "
                + "\"fake_distributor\", \"distributor_config\": {\"relative_url\": \"../etc\"}}]}");

        assertThat(badImporter.status()).isEqualTo(400);
        assertThat(badImporter.errorCode()).isEqualTo("PLP1008");
        assertThat(badFeed.status()).isEqualTo(400);
        assertThat(badFeed.json().path("property_names").get(0).asText()).isEqualTo("feed");
        assertThat(badFeed.json().path("error_message").asText()).isEqualTo("feed must be an http or https URL");
        assertThat(badDistributor.status()).isEqualTo(400);
        assertThat(badDistributor.json().path("property_names").get(0).asText()).isEqualTo("distributor_type_id");
        assertThat(badDistConfig.status()).isEqualTo(400);
        assertThat(badDistConfig.json().path("property_names").get(0).asText()).isEqualTo("relative_url");
        assertThat(admin.get(REPOS).json()).isEmpty();
    }

    @Test
    void missing_repository_is_404_with_resources() {
        ApiResponse missing = admin.get(REPOS + "nosuch/");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("PLP0009");
        assertThat(missing.json().path("resources").path("repository").asText()).isEqualTo("nosuch");
        assertThat(missing.json().path("error_message").asText()).isEqualTo("Missing resource(s): repository=nosuch");
        assertThat(missing.json().path("http_request_method").asText()).isEqualTo("GET");
        assertThat(missing.json().path("_href").asText()).isEqualTo(REPOS + "nosuch/");
        assertThat(missing.json().has("exception") && missing.json().has("traceback")).isTrue();
        assertThat(admin.put(REPOS + "nosuch/", "{\"delta\": {}}").status()).isEqualTo(404);
        assertThat(admin.delete(REPOS + "nosuch/").status()).isEqualTo(404);
    }

    @Test
    void update_applies_the_delta_and_answers_a_200_call_report() {
        createZoo();

        ApiResponse updated = admin.put(REPOS + "zoo/", """
                {"delta": {"display_name": "Zoo 2", "description": null,
                           "notes": {"_repo-type": null, "owner": "ops"},
                           "content_unit_counts": {"iso": 99}, "last_unit_added": "2020-01-01T00:00:00Z"}}""");

        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        JsonNode result = updated.json().path("result");
        assertThat(updated.json().path("error").isNull()).isTrue();
        assertThat(updated.json().path("spawned_tasks")).isEmpty();
        assertThat(result.path("display_name").asText()).isEqualTo("Zoo 2");
        assertThat(result.path("description").isNull()).isTrue();
        assertThat(result.path("notes").has("_repo-type")).isFalse();
        assertThat(result.path("notes").path("owner").asText()).isEqualTo("ops");
        assertThat(result.path("content_unit_counts").has("iso")).isFalse();
        assertThat(result.path("last_unit_added").isNull()).isTrue();
        assertThat(admin.get(REPOS + "zoo/").json().path("display_name").asText()).isEqualTo("Zoo 2");
    }

    @Test
    void update_merges_the_importer_config_now_and_queues_distributor_updates() {
        createZoo();
        server.clock().set(Instant.parse("2026-05-02T00:00:00Z"));

        ApiResponse updated = admin.put(REPOS + "zoo/", """
                {"importer_config": {"feed": "http://mirror/", "validate": true},
                 "distributor_configs": {"web": {"relative_url": "zoo2"}}}""");

        assertThat(updated.status()).as(updated.text()).isEqualTo(202);
        assertThat(updated.json().path("result").path("id").asText()).isEqualTo("zoo");
        TaskRequest task = server.tasks().single().request();
        assertThat(task.taskType()).isEqualTo(RepositoryTasks.UPDATE_DISTRIBUTOR);
        assertThat(task.resources()).containsExactly("repository:zoo");
        assertThat(task.tags()).containsExactly("pulp:repository:zoo", "pulp:repository_distributor:web",
                "pulp:action:update_distributor");
        assertThat(task.args()).containsEntry("distributor_config", Map.of("relative_url", "zoo2"));
        assertThat(updated.json().path("spawned_tasks").get(0).path("task_id").asText())
                .isEqualTo(server.tasks().single().taskId());
        JsonNode importer = admin.get(REPOS + "zoo/importers/fake_importer/").json();
        assertThat(importer.path("config").path("feed").asText()).isEqualTo("http://mirror/");
        assertThat(importer.path("config").path("validate").asBoolean()).isTrue();
        assertThat(importer.path("last_updated").asText()).isEqualTo("2026-05-02T00:00:00Z");
    }

    @Test
    void update_refuses_bad_deltas_and_configs_before_changing_anything() {
        createZoo();

        ApiResponse notDict = admin.put(REPOS + "zoo/", "{\"delta\": 5}");
        ApiResponse unknownKey = admin.put(REPOS + "zoo/", "{\"delta\": {\"display_name\": \"x\", \"colour\": 1}}");
        ApiResponse badImporter = admin.put(REPOS + "zoo/", "{\"delta\": {\"display_name\": \"x\"}, "
                + "\"importer_config\": {\"feed\": \"gopher://\"}}");
        ApiResponse missingDist = admin.put(REPOS + "zoo/", "{\"distributor_configs\": {\"nope\": {}}}");

        assertThat(notDict.status()).isEqualTo(400);
        assertThat(notDict.errorCode()).isEqualTo("PLP1010");
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.json().path("property_names").get(0).asText()).isEqualTo("colour");
        assertThat(badImporter.status()).isEqualTo(400);
        assertThat(missingDist.status()).isEqualTo(404);
        assertThat(missingDist.json().path("resources").path("distributor").asText()).isEqualTo("nope");
        assertThat(admin.get(REPOS + "zoo/").json().path("display_name").asText()).isEqualTo("Zoo");
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void delete_queues_a_reserved_task_and_answers_202() {
        createZoo();

        ApiResponse deleted = admin.delete(REPOS + "zoo/");

        assertThat(deleted.status()).isEqualTo(202);
        String taskId = server.tasks().single().taskId();
        assertThat(deleted.json().path("result").isNull()).isTrue();
        assertThat(deleted.json().path("error").isNull()).isTrue();
        assertThat(deleted.json().path("spawned_tasks").get(0).path("task_id").asText()).isEqualTo(taskId);
        assertThat(deleted.json().path("spawned_tasks").get(0).path("_href").asText())
                .isEqualTo("/pulp/api/v2/tasks/" + taskId + "/");
        TaskRequest task = server.tasks().single().request();
        assertThat(task.taskType()).isEqualTo("pulp.server.tasks.repository.delete");
        assertThat(task.resources()).containsExactly("repository:zoo");
        assertThat(task.tags()).containsExactly("pulp:repository:zoo", "pulp:action:delete");
        assertThat(task.args()).isEqualTo(Map.of("repo_id", "zoo"));
    }

    @Test
    void search_post_and_get_forms_filter_sort_limit_and_project() {
        createZoo();
        admin.post(REPOS, "{\"id\": \"el7\", \"notes\": {\"_repo-type\": \"rpm-repo\"}}");
        admin.post(REPOS, "{\"id\": \"el8\", \"notes\": {\"_repo-type\": \"rpm-repo\"}}");

        ApiResponse post = admin.post(REPOS + "search/", """
                {"criteria": {"filters": {"notes._repo-type": "rpm-repo"}, "sort": [["id", "descending"]],
                              "fields": ["id", "notes"]}, "importers": true}""");
        ApiResponse get = admin.get(REPOS + "search/?filters=%7B%22id%22%3A%7B%22%24regex%22%3A%22%5Eel%22%7D%7D"
                + "&field=display_name&limit=1&sort=%5B%5B%22id%22%2C%22ascending%22%5D%5D&details=true");
        ApiResponse none = admin.post(REPOS + "search/", "{\"criteria\": {\"filters\": {\"id\": \"zzz\"}}}");

        assertThat(post.status()).as(post.text()).isEqualTo(200);
        assertThat(post.json()).extracting(n -> n.path("id").asText()).containsExactly("el8", "el7");
        JsonNode first = post.json().get(0);
        assertThat(first.has("_href") && first.has("_id") && first.has("notes") && first.has("importers")).isTrue();
        assertThat(first.has("display_name")).isFalse();
        assertThat(get.status()).as(get.text()).isEqualTo(200);
        assertThat(get.json()).hasSize(1);
        assertThat(get.json().get(0).path("id").asText()).isEqualTo("el7");
        assertThat(get.json().get(0).has("display_name") && get.json().get(0).has("distributors")).isTrue();
        assertThat(get.json().get(0).has("notes")).isFalse();
        assertThat(none.json()).isEmpty();
    }

    @Test
    void search_requires_criteria_and_rejects_injection() {
        ApiResponse missing = admin.post(REPOS + "search/", "{}");
        ApiResponse where = admin.post(REPOS + "search/", "{\"criteria\": {\"filters\": {\"$where\": \"1\"}}}");
        ApiResponse badKey = admin.post(REPOS + "search/", "{\"criteria\": {\"filter\": {}}}");
        ApiResponse badGet = admin.get(REPOS + "search/?filters=%7Bnot-json");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("missing_property_names").get(0).asText()).isEqualTo("criteria");
        assertThat(where.status()).isEqualTo(400);
        assertThat(where.json().path("property_names").get(0).asText()).isEqualTo("filters");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().path("property_names").get(0).asText()).isEqualTo("filter");
        assertThat(badGet.status()).isEqualTo(400);
    }
}
