package org.jpulp.restapi.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.criteria.UnitAssociationCriteria;
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

/** {@code search/units/}, {@code actions/associate/} and {@code actions/unassociate/} of a repository. */
@ExtendWith(EmbeddedMongoExtension.class)
class RepositoryUnitsApiTest {

    private static final String REPOS = "/pulp/api/v2/repositories/";
    @TempDir
    static Path dir;
    private static TestServer server;
    private ApiClient admin;
    private Unit a;
    private Unit b;
    private Unit c;

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
        server.clock().set(java.time.Instant.parse("2026-05-01T10:00:00Z"));
        admin = server.admin();
        UnitFixtures units = new UnitFixtures(server);
        a = units.iso("a.iso", 30);
        b = units.iso("b.iso", 10);
        c = units.iso("c.iso", 20);
        admin.post(REPOS, "{\"id\": \"zoo\", \"importer_type_id\": \"iso_importer\"}");
        admin.post(REPOS, "{\"id\": \"dest\", \"importer_type_id\": \"iso_importer\"}");
        units.associate("zoo", a, b);
        server.clock().advance(java.time.Duration.ofMinutes(1));
        units.associate("zoo", c);
    }

    @Test
    void search_answers_associations_with_their_units() {
        ApiResponse found = admin.post(REPOS + "zoo/search/units/", "{\"criteria\": {\"type_ids\": [\"iso\"]}}");

        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(unitNames(found)).containsExactlyElementsOf(sortedById(a, b, c));
        JsonNode row = null;
        for (JsonNode r : found.json()) {
            row = r.path("unit_id").asText().equals(a.id()) ? r : row;
        }
        assertThat(row.path("_id").path("$oid").asText()).hasSize(24);
        assertThat(row.path("id").asText()).isEqualTo(row.path("_id").path("$oid").asText());
        assertThat(row.path("_ns").asText()).isEqualTo("repo_content_units");
        assertThat(row.path("repo_id").asText()).isEqualTo("zoo");
        assertThat(row.path("unit_type_id").asText()).isEqualTo("iso");
        assertThat(row.path("created").asText()).isEqualTo("2026-05-01T10:00:00Z");
        assertThat(row.path("updated").asText()).isNotEmpty();
        assertThat(row.path("metadata").path("_content_type_id").asText()).isEqualTo("iso");
        assertThat(row.path("metadata").path("_id").asText()).isEqualTo(row.path("unit_id").asText());
        assertThat(row.path("metadata").path("name").asText()).isEqualTo("a.iso");
        assertThat(row.path("metadata").path("pulp_user_metadata").isObject()).isTrue();
        assertThat(row.path("metadata").has("_href")).isFalse();
    }

    @Test
    void search_filters_sorts_pages_and_projects_on_both_sides() {
        ApiResponse byUnit = admin.post(REPOS + "zoo/search/units/", """
                {"criteria": {"filters": {"unit": {"size": {"$gte": 20}}},
                              "sort": {"unit": [["size", "descending"]]}}}""");
        ApiResponse byAssociation = admin.post(REPOS + "zoo/search/units/", """
                {"criteria": {"filters": {"association": {"created": {"$gt": "2026-05-01T10:00:30Z"}}}}}""");
        ApiResponse page = admin.post(REPOS + "zoo/search/units/", """
                {"criteria": {"sort": {"unit": [["name", "ascending"]]}, "skip": 1, "limit": 1,
                              "fields": {"unit": ["name"], "association": ["created"]}, "remove_duplicates": true}}""");
        ApiResponse associationOrder = admin.post(REPOS + "zoo/search/units/", """
                {"criteria": {"sort": {"association": [["created", "descending"]]}, "limit": 1}}""");

        assertThat(unitNames(byUnit)).containsExactly("a.iso", "c.iso");
        assertThat(unitNames(byAssociation)).containsExactly("c.iso");
        assertThat(unitNames(page)).containsExactly("b.iso");
        JsonNode row = page.json().get(0);
        assertThat(row.has("created")).isTrue();
        assertThat(row.has("updated")).isFalse();
        assertThat(row.has("unit_id") && row.has("unit_type_id")).isTrue();
        assertThat(row.path("metadata").has("size")).isFalse();
        assertThat(row.path("metadata").path("_content_type_id").asText()).isEqualTo("iso");
        assertThat(unitNames(associationOrder)).containsExactly("c.iso");
    }

    @Test
    void search_has_a_query_form() {
        ApiResponse found = admin.get(REPOS + "zoo/search/units/?type_ids=iso&limit=1&filters="
                + UnitApiTest.encode("{\"unit\": {\"size\": {\"$lt\": 25}}}") + "&sort="
                + UnitApiTest.encode("{\"unit\": [[\"size\", \"descending\"]]}"));
        ApiResponse all = admin.get(REPOS + "zoo/search/units/");
        ApiResponse bad = admin.get(REPOS + "zoo/search/units/?filters=%7B&limit=x");
        ApiResponse missing = admin.get(REPOS + "nope/search/units/");

        assertThat(unitNames(found)).containsExactly("c.iso");
        assertThat(all.json()).hasSize(3);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("property_names").get(0).asText()).isEqualTo("criteria");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void search_of_a_missing_repository_is_404_and_bad_criteria_are_400_with_the_reason_as_sub_error() {
        ApiResponse missing = admin.post(REPOS + "nope/search/units/", "{\"criteria\": {}}");
        ApiResponse unknownKey = admin.post(REPOS + "zoo/search/units/", "{\"criteria\": {\"filters\": {\"x\": {}}}}");
        ApiResponse badLimit = admin.post(REPOS + "zoo/search/units/", "{\"criteria\": {\"limit\": true}}");
        ApiResponse badOperator = admin.post(REPOS + "zoo/search/units/",
                "{\"criteria\": {\"filters\": {\"unit\": {\"$where\": \"1\"}}}}");
        ApiResponse noCriteria = admin.post(REPOS + "zoo/search/units/", "{}");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("resources").path("repository").asText()).isEqualTo("nope");
        for (ApiResponse bad : List.of(unknownKey, badLimit, badOperator)) {
            assertThat(bad.status()).as(bad.text()).isEqualTo(400);
            assertThat(bad.json().path("property_names").get(0).asText()).isEqualTo("criteria");
            assertThat(bad.json().path("error").path("sub_errors")).hasSize(1);
        }
        assertThat(unknownKey.json().path("error").path("sub_errors").get(0).path("data").path("property_names")
                .get(0).asText()).isEqualTo("x");
        assertThat(noCriteria.status()).isEqualTo(400);
        assertThat(noCriteria.json().path("missing_property_names").get(0).asText()).isEqualTo("criteria");
    }

    @Test
    void associate_queues_a_copy_reserved_on_the_destination() {
        ApiResponse copy = admin.post(REPOS + "dest/actions/associate/", """
                {"source_repo_id": "zoo", "criteria": {"type_ids": ["iso"], "filters": {"unit": {"name": {"$in": ["a.iso"]}}}},
                 "override_config": {"recursive": true}}""");

        assertThat(copy.status()).as(copy.text()).isEqualTo(202);
        assertThat(copy.json().path("spawned_tasks").get(0).path("task_id").asText())
                .isEqualTo(server.tasks().single().taskId());
        TaskRequest task = server.tasks().single().request();
        assertThat(task.taskType()).isEqualTo("pulp.server.managers.repo.unit_association.associate_from_repo");
        assertThat(task.resources()).containsExactly("repository:dest");
        assertThat(task.tags()).containsExactly("pulp:repository:dest", "pulp:repository:zoo",
                "pulp:action:associate");
        assertThat(task.args()).containsEntry("source_repo_id", "zoo").containsEntry("dest_repo_id", "dest")
                .containsEntry("override_config", Map.of("recursive", true));
        UnitAssociationCriteria criteria = UnitAssociationCriteria.fromText((String) task.args().get("criteria"));
        assertThat(criteria.typeIds()).containsExactly("iso");
        assertThat(criteria.unitFilters()).containsKey("name");
    }

    @Test
    void a_copy_with_additional_repositories_reserves_every_destination() {
        ApiResponse copy = admin.post(REPOS + "dest/actions/associate/", "{\"source_repo_id\": \"zoo\", "
                + "\"override_config\": {\"recursive\": true, \"additional_repos\": {\"zoo\": \"dest\", "
                + "\"extra-src\": \"extra-dest\"}}}");

        assertThat(copy.status()).as(copy.text()).isEqualTo(202);
        assertThat(server.tasks().single().request().resources()).containsExactly("repository:dest",
                "repository:extra-dest");
    }

    @Test
    void associate_checks_source_destination_and_criteria_first() {
        ApiResponse noSource = admin.post(REPOS + "dest/actions/associate/", "{}");
        ApiResponse unknownSource = admin.post(REPOS + "dest/actions/associate/", "{\"source_repo_id\": \"gone\"}");
        ApiResponse missingDest = admin.post(REPOS + "gone/actions/associate/", "{\"source_repo_id\": \"zoo\"}");
        ApiResponse badCriteria = admin.post(REPOS + "dest/actions/associate/",
                "{\"source_repo_id\": \"zoo\", \"criteria\": {\"type_ids\": \"iso\"}}");
        ApiResponse badOverride = admin.post(REPOS + "dest/actions/associate/",
                "{\"source_repo_id\": \"zoo\", \"override_config\": [1]}");

        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.json().path("missing_property_names").get(0).asText()).isEqualTo("source_repo_id");
        assertThat(unknownSource.status()).isEqualTo(400);
        assertThat(unknownSource.json().path("property_names").get(0).asText()).isEqualTo("source_repo_id");
        assertThat(missingDest.status()).isEqualTo(404);
        assertThat(badCriteria.status()).isEqualTo(400);
        assertThat(badCriteria.json().path("property_names").get(0).asText()).isEqualTo("criteria");
        assertThat(badOverride.status()).isEqualTo(400);
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void unassociate_queues_a_reserved_task_and_accepts_an_empty_body() {
        ApiResponse removed = admin.post(REPOS + "zoo/actions/unassociate/",
                "{\"criteria\": {\"filters\": {\"unit\": {\"name\": \"a.iso\"}}}}");
        ApiResponse empty = admin.post(REPOS + "zoo/actions/unassociate/", null);
        ApiResponse missing = admin.post(REPOS + "gone/actions/unassociate/", "{}");
        ApiResponse bad = admin.post(REPOS + "zoo/actions/unassociate/", "{\"criteria\": {\"skip\": -1}}");

        assertThat(removed.status()).as(removed.text()).isEqualTo(202);
        assertThat(empty.status()).isEqualTo(202);
        TaskRequest task = server.tasks().dispatched().get(0).request();
        assertThat(task.taskType()).isEqualTo("pulp.server.managers.repo.unit_association.unassociate_by_criteria");
        assertThat(task.resources()).containsExactly("repository:zoo");
        assertThat(task.tags()).containsExactly("pulp:repository:zoo", "pulp:action:unassociate");
        assertThat(task.args()).containsEntry("repo_id", "zoo");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(server.tasks().dispatched()).hasSize(2);
    }

    @Test
    void needs_credentials_and_the_permission() {
        admin.post("/pulp/api/v2/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");

        ApiResponse anonymous = server.client().post(REPOS + "zoo/search/units/", "{}");
        ApiResponse denied = server.client().as("bob", "pw").post(REPOS + "dest/actions/associate/",
                "{\"source_repo_id\": \"zoo\"}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.json().path("auth_error_code").asText()).isEqualTo("permission_denied");
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    private static List<String> unitNames(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().forEach(r -> names.add(r.path("metadata").path("name").asText()));
        return names;
    }

    private static List<String> sortedById(Unit... units) {
        return java.util.Arrays.stream(units).sorted(java.util.Comparator.comparing(Unit::id))
                .map(u -> (String) u.key().get("name")).toList();
    }
}
