package org.jpulp.restapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jpulp.restapi.support.TestServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} is generated from the server's own route table, with each route's permission. */
@ExtendWith(EmbeddedMongoExtension.class)
class OpenApiTest {

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start(MongoDatabase db) {
        server = TestServer.start(db, dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void lists_exactly_the_registered_endpoints_with_their_permissions() {
        JsonNode doc = server.client().get("/pulp/api/v2/openapi.json").json();

        assertThat(doc.path("openapi").asText()).isEqualTo("3.0.3");
        JsonNode paths = doc.path("paths");
        List<String> operations = new ArrayList<>();
        paths.properties().forEach(p -> p.getValue().fieldNames().forEachRemaining(m ->
                operations.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        assertThat(operations).contains(
                "GET /pulp/api/v2/status/", "GET /pulp/api/v2/openapi.json", "POST /pulp/api/v2/actions/login/",
                "GET /pulp/api/v2/repositories/", "POST /pulp/api/v2/repositories/",
                "POST /pulp/api/v2/repositories/search/", "GET /pulp/api/v2/repositories/search/",
                "GET /pulp/api/v2/repositories/{repo_id}/", "PUT /pulp/api/v2/repositories/{repo_id}/",
                "DELETE /pulp/api/v2/repositories/{repo_id}/",
                "POST /pulp/api/v2/repositories/{repo_id}/importers/",
                "DELETE /pulp/api/v2/repositories/{repo_id}/distributors/{distributor_id}/",
                "POST /pulp/api/v2/repositories/{repo_id}/actions/sync/",
                "POST /pulp/api/v2/repositories/{repo_id}/actions/publish/",
                "GET /pulp/api/v2/repositories/{repo_id}/history/sync/",
                "GET /pulp/api/v2/repositories/{repo_id}/history/publish/{distributor_id}/",
                "GET /pulp/api/v2/users/", "PUT /pulp/api/v2/users/{login}/", "POST /pulp/api/v2/roles/{role_id}/users/",
                "POST /pulp/api/v2/permissions/actions/grant_to_role/",
                "POST /pulp/api/v2/content/units/{type_id}/search/", "GET /pulp/api/v2/content/units/{type_id}/search/",
                "GET /pulp/api/v2/content/units/{type_id}/{unit_id}/",
                "PUT /pulp/api/v2/content/units/{type_id}/{unit_id}/pulp_user_metadata/",
                "POST /pulp/api/v2/repositories/{repo_id}/search/units/",
                "POST /pulp/api/v2/repositories/{repo_id}/actions/associate/",
                "POST /pulp/api/v2/repositories/{repo_id}/actions/unassociate/",
                "GET /pulp/api/v2/content/orphans/", "DELETE /pulp/api/v2/content/orphans/{type_id}/{unit_id}/",
                "POST /pulp/api/v2/content/actions/delete_orphans/", "GET /pulp/api/v2/plugins/types/{type_id}/",
                "GET /pulp/api/v2/plugins/importers/", "GET /pulp/api/v2/plugins/distributors/{distributor_type_id}/",
                "POST /pulp/api/v2/distributors/search/", "GET /pulp/api/v2/distributors/search/");
        assertThat(operations).containsExactlyInAnyOrderElementsOf(server.instance(RestServer.class).routeTable());

        JsonNode status = paths.path("/pulp/api/v2/status/").path("get");
        assertThat(status.path("x-pulp-permission").asText()).isEqualTo("none");
        JsonNode sync = paths.path("/pulp/api/v2/repositories/{repo_id}/actions/sync/").path("post");
        assertThat(sync.path("x-pulp-permission").asText()).isEqualTo("EXECUTE");
        assertThat(sync.path("responses").has("202")).isTrue();
        assertThat(sync.path("parameters").get(0).path("name").asText()).isEqualTo("repo_id");
        JsonNode login = paths.path("/pulp/api/v2/actions/login/").path("post");
        assertThat(login.path("x-pulp-permission").asText()).isEqualTo("READ");
        assertThat(paths.path("/pulp/api/v2/repositories/").path("post").path("responses").has("201")).isTrue();
    }

    @Test
    void lists_uploads_import_upload_and_schedules() {
        JsonNode paths = server.client().get("/pulp/api/v2/openapi.json").json().path("paths");
        String sync = "/pulp/api/v2/repositories/{repo_id}/importers/{importer_id}/schedules/sync/";
        String publish = "/pulp/api/v2/repositories/{repo_id}/distributors/{distributor_id}/schedules/publish/";

        assertThat(paths.path("/pulp/api/v2/content/uploads/").has("get")).isTrue();
        assertThat(paths.path("/pulp/api/v2/content/uploads/").path("post").path("responses").has("201")).isTrue();
        assertThat(paths.path("/pulp/api/v2/content/uploads/{upload_id}/{offset}/").path("put")
                .path("x-pulp-permission").asText()).isEqualTo("UPDATE");
        assertThat(paths.path("/pulp/api/v2/content/uploads/{upload_id}/").has("delete")).isTrue();
        assertThat(paths.path("/pulp/api/v2/repositories/{repo_id}/actions/import_upload/").path("post")
                .path("responses").has("202")).isTrue();
        for (String base : List.of(sync, publish)) {
            assertThat(paths.path(base).has("get") && paths.path(base).has("post")).as(base).isTrue();
            JsonNode one = paths.path(base + "{schedule_id}/");
            assertThat(one.has("get") && one.has("put") && one.has("delete")).as(base).isTrue();
        }
    }
}
