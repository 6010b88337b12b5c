package org.jpulp.restapi.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/** {@code actions/import_upload/}: checks made at once, then one reserved task as Pulp 2 dispatches it. */
@ExtendWith(EmbeddedMongoExtension.class)
class ImportUploadApiTest {

    private static final String API = "/pulp/api/v2";
    private static final String IMPORT = API + "/repositories/zoo/actions/import_upload/";
    @TempDir
    static Path dir;
    private static TestServer server;
    private ApiClient admin;
    private String upload;

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
        admin.post(API + "/repositories/", """
                {"id": "zoo", "importer_type_id": "fake_importer", "importer_config": {"feed": "http://a/"}}""");
        admin.post(API + "/repositories/", "{\"id\": \"bare\"}");
        upload = admin.post(API + "/content/uploads/", null).json().path("upload_id").asText();
        server.tasks().clear();
    }

    @Test
    void answers_a_call_report_of_one_import_task_reserved_on_the_repository() {
        ApiResponse accepted = admin.post(IMPORT, "{\"upload_id\": \"" + upload + "\", \"unit_type_id\": "
                + "\"fake_unit\", \"unit_key\": {\"name\": \"a\"}, \"unit_metadata\": {\"x\": 1}, "
                + "\"override_config\": {\"validate\": false}}");

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        assertThat(accepted.json().path("spawned_tasks")).hasSize(1);
        TaskRequest task = server.tasks().dispatched().get(0).request();
        assertThat(accepted.json().path("spawned_tasks").get(0).path("task_id").asText())
                .isEqualTo(server.tasks().dispatched().get(0).taskId());
        assertThat(task.taskType()).isEqualTo("pulp.server.managers.content.upload.import_uploaded_unit");
        assertThat(task.resources()).containsExactly("repository:zoo");
        assertThat(task.tags()).containsExactly("pulp:repository:zoo", "pulp:action:import_upload");
        assertThat(task.args()).isEqualTo(Map.of("repo_id", "zoo", "upload_id", upload, "unit_type_id", "fake_unit",
                "unit_key", Map.of("name", "a"), "unit_metadata", Map.of("x", 1),
                "override_config", Map.of("validate", false)));
    }

    @Test
    void a_unit_without_file_has_a_null_upload_id() {
        ApiResponse accepted = admin.post(IMPORT, "{\"upload_id\": null, \"unit_type_id\": \"fake_unit\", "
                + "\"unit_key\": {\"name\": \"erratum\"}}");

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        assertThat(server.tasks().dispatched().get(0).request().args()).doesNotContainKey("upload_id")
                .containsEntry("unit_metadata", Map.of()).containsEntry("override_config", Map.of());
    }

    @Test
    void missing_or_mistyped_fields_are_400() {
        ApiResponse noType = admin.post(IMPORT, "{\"upload_id\": \"" + upload + "\", \"unit_key\": {}}");
        ApiResponse noKey = admin.post(IMPORT, "{\"upload_id\": \"" + upload + "\", \"unit_type_id\": \"fake_unit\"}");
        ApiResponse keyNotObject = admin.post(IMPORT, "{\"unit_type_id\": \"fake_unit\", \"unit_key\": [1]}");
        ApiResponse idNotText = admin.post(IMPORT, "{\"upload_id\": 7, \"unit_type_id\": \"fake_unit\", "
                + "\"unit_key\": {}}");
        ApiResponse notObject = admin.post(IMPORT, "[]");

        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().path("missing_property_names").get(0).asText()).isEqualTo("unit_type_id");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().path("missing_property_names").get(0).asText()).isEqualTo("unit_key");
        assertThat(keyNotObject.status()).isEqualTo(400);
        assertThat(idNotText.status()).isEqualTo(400);
        assertThat(notObject.status()).isEqualTo(400);
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void a_type_the_importer_does_not_take_or_a_bad_override_is_400() {
        ApiResponse type = admin.post(IMPORT, "{\"unit_type_id\": \"rpm\", \"unit_key\": {}}");
        ApiResponse override = admin.post(IMPORT, "{\"unit_type_id\": \"fake_unit\", \"unit_key\": {}, "
                + "\"override_config\": {\"feed\": \"ftp://x\"}}");

        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().path("error_message").asText()).contains("rpm");
        assertThat(override.status()).isEqualTo(400);
        assertThat(override.json().path("property_names").get(0).asText()).isEqualTo("feed");
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void an_unknown_repository_importer_or_upload_is_404() {
        String body = "{\"upload_id\": \"" + upload + "\", \"unit_type_id\": \"fake_unit\", \"unit_key\": {}}";
        ApiResponse repo = admin.post(API + "/repositories/nope/actions/import_upload/", body);
        ApiResponse importer = admin.post(API + "/repositories/bare/actions/import_upload/", body);
        ApiResponse unknownUpload = admin.post(IMPORT, "{\"upload_id\": \"../../etc/passwd\", "
                + "\"unit_type_id\": \"fake_unit\", \"unit_key\": {}}");

        assertThat(repo.status()).isEqualTo(404);
        assertThat(repo.json().path("resources").path("repository").asText()).isEqualTo("nope");
        assertThat(importer.status()).isEqualTo(404);
        assertThat(unknownUpload.status()).isEqualTo(404);
        assertThat(unknownUpload.json().path("resources").path("upload_request").asText())
                .isEqualTo("../../etc/passwd");
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void needs_credentials_and_update_permission() {
        admin.post(API + "/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");
        String body = "{\"unit_type_id\": \"fake_unit\", \"unit_key\": {}}";

        ApiResponse anonymous = server.client().post(IMPORT, body);
        ApiResponse denied = server.client().as("bob", "pw").post(IMPORT, body);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.json().path("error_message").asText()).contains("UPDATE");
        assertThat(server.tasks().dispatched()).isEqualTo(List.of());
    }
}
