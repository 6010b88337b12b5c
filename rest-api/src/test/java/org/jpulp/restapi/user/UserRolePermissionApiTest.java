package org.jpulp.restapi.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
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

/** {@code /users/}, {@code /roles/} and {@code /permissions/} in Pulp 2's shapes; passwords never come back. */
@ExtendWith(EmbeddedMongoExtension.class)
class UserRolePermissionApiTest {

    private static final String API = "/pulp/api/v2";
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

    @Test
    void creating_a_user_answers_201_without_the_password() {
        ApiResponse created = admin.post(API + "/users/", "{\"login\": \"bob\", \"password\": \"pw\", \"name\": \"Bob\"}");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).contains(API + "/users/bob/");
        JsonNode user = created.json();
        assertThat(user.path("login").asText()).isEqualTo("bob");
        assertThat(user.path("name").asText()).isEqualTo("Bob");
        assertThat(user.path("id").asText()).isEqualTo(user.path("_id").path("$oid").asText());
        assertThat(user.path("_ns").asText()).isEqualTo("users");
        assertThat(user.path("_href").asText()).isEqualTo(API + "/users/bob/");
        assertThat(user.path("roles")).isEmpty();
        assertThat(created.text()).doesNotContain("password").doesNotContain("pbkdf2");
        assertThat(admin.get(API + "/users/").text()).doesNotContain("password").doesNotContain("pbkdf2");
        assertThat(admin.get(API + "/users/bob/").json().path("name").asText()).isEqualTo("Bob");
        assertThat(admin.post(API + "/users/", "{\"login\": \"nameless\"}").json().path("name").asText())
                .isEqualTo("nameless");
    }

    @Test
    void user_creation_errors_follow_pulp() {
        admin.post(API + "/users/", "{\"login\": \"bob\"}");

        ApiResponse duplicate = admin.post(API + "/users/", "{\"login\": \"bob\"}");
        ApiResponse extra = admin.post(API + "/users/", "{\"login\": \"carol\", \"admin\": true}");
        ApiResponse badLogin = admin.post(API + "/users/", "{\"login\": \"a b\"}");
        ApiResponse noLogin = admin.post(API + "/users/", "{\"password\": \"x\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("PLP0018");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().path("property_names").get(0).asText()).isEqualTo("admin");
        assertThat(badLogin.json().path("property_names").get(0).asText()).isEqualTo("login");
        assertThat(noLogin.json().path("missing_property_names").get(0).asText()).isEqualTo("login");
        assertThat(admin.get(API + "/users/nobody/").status()).isEqualTo(404);
    }

    @Test
    void a_user_is_updated_by_delta_and_deleted() {
        admin.post(API + "/users/", "{\"login\": \"bob\", \"password\": \"old\"}");
        admin.post(API + "/roles/", "{\"role_id\": \"ops\"}");

        ApiResponse updated = admin.put(API + "/users/bob/", "{\"delta\": {\"name\": \"Robert\", "
                + "\"password\": \"new\", \"roles\": [\"ops\"]}}");
        ApiResponse unknownRole = admin.put(API + "/users/bob/", "{\"delta\": {\"roles\": [\"nope\"]}}");
        ApiResponse badKey = admin.put(API + "/users/bob/", "{\"delta\": {\"login\": \"x\"}}");
        ApiResponse noDelta = admin.put(API + "/users/bob/", "{}");

        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.json().path("name").asText()).isEqualTo("Robert");
        assertThat(updated.json().path("roles").get(0).asText()).isEqualTo("ops");
        assertThat(server.client().as("bob", "new").get(API + "/users/bob/").status()).isEqualTo(200);
        assertThat(server.client().as("bob", "old").get(API + "/users/bob/").status()).isEqualTo(401);
        assertThat(unknownRole.json().path("property_names").get(0).asText()).isEqualTo("roles");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(noDelta.json().path("missing_property_names").get(0).asText()).isEqualTo("delta");

        ApiResponse deleted = admin.delete(API + "/users/bob/");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text()).isEqualTo("null");
        assertThat(admin.get(API + "/users/bob/").status()).isEqualTo(404);
        assertThat(server.client().as("bob", "new").get(API + "/users/bob/").status()).isEqualTo(401);
        assertThat(admin.get(API + "/permissions/?resource=/v2/users/bob/").json().get(0).path("users").has("bob"))
                .as("a deleted user's grants are gone").isFalse();
    }

    @Test
    void the_last_super_user_cannot_be_deleted_or_demoted() {
        ApiResponse delete = admin.delete(API + "/users/admin/");
        ApiResponse demote = admin.put(API + "/users/admin/", "{\"delta\": {\"roles\": []}}");
        ApiResponse leave = admin.delete(API + "/roles/super-users/users/admin/");
        ApiResponse dropRole = admin.delete(API + "/roles/super-users/");

        assertThat(delete.status()).isEqualTo(400);
        assertThat(delete.errorCode()).isEqualTo("PLP0001");
        assertThat(demote.status()).isEqualTo(400);
        assertThat(leave.status()).isEqualTo(400);
        assertThat(dropRole.status()).isEqualTo(400);
        assertThat(admin.get(API + "/users/admin/").json().path("roles").get(0).asText()).isEqualTo("super-users");
    }

    @Test
    void users_are_searchable_but_not_by_password() {
        admin.post(API + "/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");
        admin.post(API + "/users/", "{\"login\": \"bill\"}");

        ApiResponse byLogin = admin.post(API + "/users/search/", "{\"criteria\": {\"filters\": "
                + "{\"login\": {\"$regex\": \"^b\"}}, \"sort\": [[\"login\", \"ascending\"]], \"fields\": [\"login\"]}}");
        ApiResponse byPassword = admin.post(API + "/users/search/", "{\"criteria\": {\"filters\": "
                + "{\"password\": {\"$regex\": \"^pbkdf2\"}}}}");
        ApiResponse sortByPassword = admin.get(API + "/users/search/?sort=%5B%5B%22password%22%2C1%5D%5D");
        ApiResponse get = admin.get(API + "/users/search/?filters=%7B%22login%22%3A%22bill%22%7D");

        assertThat(byLogin.status()).as(byLogin.text()).isEqualTo(200);
        assertThat(byLogin.json()).extracting(n -> n.path("login").asText()).containsExactly("bill", "bob");
        assertThat(byLogin.json().get(0).has("name")).isFalse();
        assertThat(byPassword.status()).isEqualTo(400);
        assertThat(sortByPassword.status()).isEqualTo(400);
        assertThat(get.json()).hasSize(1);
    }

    @Test
    void roles_are_created_read_updated_and_deleted() {
        ApiResponse created = admin.post(API + "/roles/", "{\"role_id\": \"ops\", \"display_name\": \"Ops\", "
                + "\"description\": \"operators\"}");
        admin.post(API + "/users/", "{\"login\": \"bob\"}");
        admin.post(API + "/roles/ops/users/", "{\"login\": \"bob\"}");
        admin.post(API + "/permissions/actions/grant_to_role/", "{\"role_id\": \"ops\", \"resource\": "
                + "\"/v2/repositories/\", \"operations\": [\"READ\", \"EXECUTE\"]}");

        JsonNode role = admin.get(API + "/roles/ops/").json();
        ApiResponse updated = admin.put(API + "/roles/ops/", "{\"delta\": {\"description\": \"ops team\"}}");
        ApiResponse members = admin.get(API + "/roles/ops/users/");
        ApiResponse duplicate = admin.post(API + "/roles/", "{\"role_id\": \"ops\"}");
        ApiResponse badDelta = admin.put(API + "/roles/ops/", "{\"delta\": {\"id\": \"x\"}}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains(API + "/roles/ops/");
        assertThat(role.path("id").asText()).isEqualTo("ops");
        assertThat(role.path("display_name").asText()).isEqualTo("Ops");
        assertThat(role.path("_ns").asText()).isEqualTo("roles");
        assertThat(role.path("_href").asText()).isEqualTo(API + "/roles/ops/");
        assertThat(role.path("users").get(0).asText()).isEqualTo("bob");
        assertThat(role.path("permissions").path("/v2/repositories/")).extracting(JsonNode::asText)
                .containsExactly("READ", "EXECUTE");
        assertThat(updated.json().path("description").asText()).isEqualTo("ops team");
        assertThat(members.json()).extracting(JsonNode::asText).containsExactly("bob");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(badDelta.status()).isEqualTo(400);
        JsonNode superUsers = admin.get(API + "/roles/super-users/").json();
        assertThat(superUsers.path("permissions").path("/")).hasSize(5);

        assertThat(admin.delete(API + "/roles/ops/users/bob/").status()).isEqualTo(200);
        assertThat(admin.get(API + "/roles/ops/users/").json()).isEmpty();
        admin.post(API + "/roles/ops/users/", "{\"login\": \"bob\"}");
        assertThat(admin.delete(API + "/roles/ops/").status()).isEqualTo(200);
        assertThat(admin.get(API + "/roles/ops/").status()).isEqualTo(404);
        assertThat(admin.get(API + "/users/bob/").json().path("roles")).isEmpty();
        assertThat(admin.post(API + "/roles/nope/users/", "{\"login\": \"bob\"}").status()).isEqualTo(404);
        assertThat(admin.post(API + "/roles/super-users/users/", "{\"login\": \"nobody\"}").status()).isEqualTo(404);
    }

    @Test
    void permissions_are_granted_listed_and_revoked() {
        admin.post(API + "/users/", "{\"login\": \"bob\"}");

        ApiResponse grant = admin.post(API + "/permissions/actions/grant_to_user/", "{\"login\": \"bob\", "
                + "\"resource\": \"/v2/repositories/zoo\", \"operations\": [\"read\", \"UPDATE\"]}");
        JsonNode listed = admin.get(API + "/permissions/?resource=/v2/repositories/zoo/").json();
        ApiResponse revoke = admin.post(API + "/permissions/actions/revoke_from_user/", "{\"login\": \"bob\", "
                + "\"resource\": \"/v2/repositories/zoo/\", \"operations\": [\"UPDATE\"]}");
        JsonNode after = admin.get(API + "/permissions/?resource=/v2/repositories/zoo/").json();
        ApiResponse badOp = admin.post(API + "/permissions/actions/grant_to_user/", "{\"login\": \"bob\", "
                + "\"resource\": \"/v2/\", \"operations\": [\"FLY\"]}");
        ApiResponse noUser = admin.post(API + "/permissions/actions/grant_to_user/", "{\"login\": \"nobody\", "
                + "\"resource\": \"/v2/\", \"operations\": [\"READ\"]}");
        ApiResponse missing = admin.post(API + "/permissions/actions/grant_to_user/", "{\"login\": \"bob\"}");
        ApiResponse superUsers = admin.post(API + "/permissions/actions/revoke_from_role/", "{\"role_id\": "
                + "\"super-users\", \"resource\": \"/\", \"operations\": [\"READ\"]}");

        assertThat(grant.status()).as(grant.text()).isEqualTo(200);
        assertThat(grant.text()).isEqualTo("null");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("resource").asText()).isEqualTo("/v2/repositories/zoo/");
        assertThat(listed.get(0).path("_ns").asText()).isEqualTo("permissions");
        assertThat(listed.get(0).path("users").path("bob")).extracting(JsonNode::asText)
                .containsExactly("READ", "UPDATE");
        assertThat(revoke.status()).isEqualTo(200);
        assertThat(after.get(0).path("users").path("bob")).extracting(JsonNode::asText).containsExactly("READ");
        assertThat(badOp.json().path("property_names").get(0).asText()).isEqualTo("operations");
        assertThat(noUser.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(superUsers.status()).isEqualTo(400);
        assertThat(admin.get(API + "/permissions/").json().size()).isGreaterThanOrEqualTo(3);
    }
}
