package org.jpulp.restapi.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jpulp.common.content.Unit;
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

/** {@code /content/units/<type>/}: list, search (both forms), one unit and its user metadata. */
@ExtendWith(EmbeddedMongoExtension.class)
class UnitApiTest {

    private static final String UNITS = "/pulp/api/v2/content/units/";
    @TempDir
    static Path dir;
    private static TestServer server;
    private ApiClient admin;
    private Unit a;
    private Unit b;

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
        a = units.iso("a.iso", 10);
        b = units.iso("b.iso", 20);
        admin.post("/pulp/api/v2/repositories/", "{\"id\": \"zoo\"}");
        admin.post("/pulp/api/v2/repositories/", "{\"id\": \"bar\"}");
        units.associate("zoo", a, b).associate("bar", a);
    }

    @Test
    void search_answers_units_in_pulp_2_shape_with_repository_memberships_on_request() {
        ApiResponse found = admin.post(UNITS + "iso/search/", """
                {"criteria": {"filters": {"name": {"$regex": "^a"}}}, "include_repos": true}""");

        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json()).hasSize(1);
        JsonNode unit = found.json().get(0);
        assertThat(unit.path("_id").asText()).isEqualTo(a.id());
        assertThat(unit.path("_content_type_id").asText()).isEqualTo("iso");
        assertThat(unit.path("_ns").asText()).isEqualTo("units_iso");
        assertThat(unit.path("_href").asText()).isEqualTo(UNITS + "iso/" + a.id() + "/");
        assertThat(unit.path("_last_updated").asText()).isEqualTo("2026-05-01T10:00:00Z");
        assertThat(unit.path("_storage_path").asText()).isEqualTo("/nowhere/a.iso");
        assertThat(unit.path("name").asText()).isEqualTo("a.iso");
        assertThat(unit.path("size").asLong()).isEqualTo(10);
        assertThat(unit.path("downloaded").asBoolean()).isTrue();
        assertThat(unit.path("pulp_user_metadata").isObject()).isTrue();
        assertThat(unit.path("children").isObject()).isTrue();
        assertThat(names(unit.path("repository_memberships"))).containsExactly("bar", "zoo");
    }

    @Test
    void search_sorts_limits_skips_and_projects() {
        ApiResponse page = admin.post(UNITS + "iso/search/", """
                {"criteria": {"sort": [["size", "descending"]], "limit": 1, "skip": 0, "fields": ["name"]}}""");
        ApiResponse second = admin.get(UNITS + "iso/search/?sort=" + encode("[[\"size\", \"descending\"]]")
                + "&limit=1&skip=1&field=name&include_repos=true");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json()).hasSize(1);
        JsonNode first = page.json().get(0);
        assertThat(first.path("name").asText()).isEqualTo("b.iso");
        assertThat(first.has("size")).isFalse();
        assertThat(first.has("children")).isTrue();
        assertThat(first.path("_id").asText()).isEqualTo(b.id());
        assertThat(first.has("repository_memberships")).isFalse();
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.json().get(0).path("name").asText()).isEqualTo("a.iso");
        assertThat(names(second.json().get(0).path("repository_memberships"))).containsExactly("bar", "zoo");
    }

    @Test
    void search_of_an_unknown_type_finds_nothing_and_bad_criteria_are_400() {
        ApiResponse unknown = admin.post(UNITS + "nope/search/", "{\"criteria\": {}}");
        ApiResponse noCriteria = admin.post(UNITS + "iso/search/", "{}");
        ApiResponse badFilter = admin.post(UNITS + "iso/search/", "{\"criteria\": {\"filters\": {\"$where\": 1}}}");
        ApiResponse badKey = admin.post(UNITS + "iso/search/", "{\"criteria\": {\"bogus\": 1}}");
        ApiResponse badLimit = admin.get(UNITS + "iso/search/?limit=zero");

        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json()).isEmpty();
        assertThat(noCriteria.status()).isEqualTo(400);
        assertThat(noCriteria.errorCode()).isEqualTo("PLP0016");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().path("property_names").get(0).asText()).isEqualTo("bogus");
        assertThat(badLimit.status()).isEqualTo(400);
    }

    @Test
    void lists_every_unit_of_a_type_and_404s_an_unknown_type() {
        ApiResponse all = admin.get(UNITS + "iso/");
        ApiResponse unknown = admin.get(UNITS + "nope/");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).hasSize(2);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("resources").path("content_type").asText()).isEqualTo("nope");
    }

    @Test
    void gets_one_unit_and_answers_a_missing_one_with_a_json_string() {
        ApiResponse one = admin.get(UNITS + "iso/" + a.id() + "/");
        ApiResponse missing = admin.get(UNITS + "iso/nope/");
        ApiResponse unknownType = admin.get(UNITS + "nope/" + a.id() + "/");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("name").asText()).isEqualTo("a.iso");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).isEqualTo("\"No content unit resource: nope\"");
        assertThat(unknownType.status()).isEqualTo(404);
    }

    @Test
    void user_metadata_is_replaced_as_a_whole() {
        String path = UNITS + "iso/" + a.id() + "/pulp_user_metadata/";

        ApiResponse put = admin.put(path, "{\"color\": \"blue\", \"tags\": [1, 2]}");
        ApiResponse got = admin.get(path);
        ApiResponse replaced = admin.put(path, "{\"shape\": \"round\"}");
        ApiResponse unit = admin.get(UNITS + "iso/" + a.id() + "/");

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.text()).isEqualTo("null");
        assertThat(got.json().path("color").asText()).isEqualTo("blue");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(unit.json().path("pulp_user_metadata").path("shape").asText()).isEqualTo("round");
        assertThat(unit.json().path("pulp_user_metadata").has("color")).isFalse();
        assertThat(admin.put(UNITS + "iso/nope/pulp_user_metadata/", "{}").status()).isEqualTo(404);
        assertThat(admin.get(UNITS + "iso/nope/pulp_user_metadata/").status()).isEqualTo(404);
        assertThat(admin.put(path, "[1]").status()).isEqualTo(400);
        assertThat(admin.put(path, "{\"$set\": 1}").status()).isEqualTo(400);
    }

    @Test
    void needs_credentials_and_the_permission() {
        admin.post("/pulp/api/v2/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");

        ApiResponse anonymous = server.client().post(UNITS + "iso/search/", "{\"criteria\": {}}");
        ApiResponse denied = server.client().as("bob", "pw").put(UNITS + "iso/" + a.id() + "/pulp_user_metadata/",
                "{}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.json().path("auth_error_code").asText()).isEqualTo("permission_denied");
    }

    static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
