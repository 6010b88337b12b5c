package org.jpulp.restapi.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;
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

/** {@code /content/orphans/} and the deprecated {@code /content/actions/delete_orphans/}. */
@ExtendWith(EmbeddedMongoExtension.class)
class OrphanApiTest {

    private static final String ORPHANS = "/pulp/api/v2/content/orphans/";
    @TempDir
    static Path dir;
    private static TestServer server;
    private ApiClient admin;
    private Unit orphan;
    private Unit held;

    @BeforeAll
    static void start(MongoDatabase db) {
        server = TestServer.start(db, dir, UnitFixtures.plugins());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
        admin = server.admin();
        UnitFixtures units = new UnitFixtures(server);
        orphan = units.iso("orphan.iso", 1);
        held = units.iso("held.iso", 2);
        admin.post("/pulp/api/v2/repositories/", "{\"id\": \"zoo\"}");
        units.associate("zoo", held);
    }

    @Test
    void counts_lists_and_gets_orphans() {
        ApiResponse counts = admin.get(ORPHANS);
        ApiResponse list = admin.get(ORPHANS + "iso/");
        ApiResponse one = admin.get(ORPHANS + "iso/" + orphan.id() + "/");

        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.json().path("iso").path("count").asLong()).isEqualTo(1);
        assertThat(counts.json().path("iso").path("_href").asText()).isEqualTo(ORPHANS + "iso/");
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).path("_id").asText()).isEqualTo(orphan.id());
        assertThat(list.json().get(0).path("_href").asText()).isEqualTo(ORPHANS + "iso/" + orphan.id() + "/");
        assertThat(list.json().get(0).path("_content_type_id").asText()).isEqualTo("iso");
        assertThat(list.json().get(0).path("name").asText()).isEqualTo("orphan.iso");
        assertThat(list.json().get(0).path("size").asLong()).isEqualTo(1);
        assertThat(list.json().get(0).has("_storage_path")).isFalse();
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("name").asText()).isEqualTo("orphan.iso");
        assertThat(one.json().path("_storage_path").asText()).isEqualTo("/nowhere/orphan.iso");
        assertThat(one.json().path("_href").asText()).isEqualTo(ORPHANS + "iso/" + orphan.id() + "/");
    }

    @Test
    void unknown_types_and_units_that_are_not_orphans_are_404() {
        assertThat(admin.get(ORPHANS + "nope/").status()).isEqualTo(404);
        assertThat(admin.get(ORPHANS + "nope/x/").status()).isEqualTo(404);
        ApiResponse heldOne = admin.get(ORPHANS + "iso/" + held.id() + "/");
        assertThat(heldOne.status()).isEqualTo(404);
        assertThat(heldOne.json().path("resources").path("content_unit").asText()).isEqualTo(held.id());
        ApiResponse unknownType = admin.delete(ORPHANS + "nope/");
        assertThat(unknownType.status()).isEqualTo(404);
        assertThat(unknownType.json().path("resources").path("content_type_id").asText()).isEqualTo("nope");
        assertThat(admin.delete(ORPHANS + "iso/" + held.id() + "/").status()).isEqualTo(404);
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void deletes_are_unreserved_tasks_tagged_as_pulp_2_does() {
        ApiResponse all = admin.delete(ORPHANS);
        ApiResponse byType = admin.delete(ORPHANS + "iso/");
        ApiResponse byId = admin.delete(ORPHANS + "iso/" + orphan.id() + "/");
        ApiResponse legacy = admin.post("/pulp/api/v2/content/actions/delete_orphans/",
                "[{\"content_type_id\": \"iso\", \"unit_id\": \"" + orphan.id() + "\"}]");

        for (ApiResponse r : List.of(all, byType, byId, legacy)) {
            assertThat(r.status()).as(r.text()).isEqualTo(202);
            assertThat(r.json().path("spawned_tasks")).hasSize(1);
        }
        List<TaskRequest> tasks = server.tasks().requests();
        assertThat(tasks).extracting(TaskRequest::taskType).containsExactly(
                "pulp.server.managers.content.orphan.delete_all_orphans",
                "pulp.server.managers.content.orphan.delete_orphans_by_type",
                "pulp.server.managers.content.orphan.delete_orphans_by_id",
                "pulp.server.managers.content.orphan.delete_orphans_by_id");
        assertThat(tasks).allSatisfy(t -> assertThat(t.resources()).isEmpty());
        assertThat(tasks.get(0).tags()).containsExactly("pulp:content_unit:orphans");
        assertThat(tasks.get(3).tags()).containsExactly("pulp:content_unit:orphans", "pulp:action:delete_orphans");
        assertThat(tasks.get(1).args()).isEqualTo(Map.of("content_type_id", "iso"));
        assertThat(tasks.get(2).args()).isEqualTo(Map.of("units", List.of(Map.of("content_type_id", "iso",
                "unit_id", orphan.id()))));
    }

    @Test
    void the_legacy_delete_needs_a_list_of_type_and_unit_ids() {
        for (String bad : List.of("{}", "[1]", "[{\"content_type_id\": \"iso\"}]", "[{\"unit_id\": 5}]", "5")) {
            ApiResponse r = admin.post("/pulp/api/v2/content/actions/delete_orphans/", bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().path("property_names")).isNotEmpty();
        }
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void needs_credentials_and_the_permission() {
        admin.post("/pulp/api/v2/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");

        assertThat(server.client().get(ORPHANS).status()).isEqualTo(401);
        ApiResponse denied = server.client().as("bob", "pw").delete(ORPHANS);
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.json().path("auth_error_code").asText()).isEqualTo("permission_denied");
        assertThat(server.tasks().dispatched()).isEmpty();
    }
}
