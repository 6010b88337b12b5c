package org.jpulp.restapi.unit;

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

/** {@code /plugins/types/}, {@code /plugins/importers/}, {@code /plugins/distributors/} and {@code /distributors/search/}. */
@ExtendWith(EmbeddedMongoExtension.class)
class PluginTypesAndDistributorSearchApiTest {

    private static final String API = "/pulp/api/v2";
    @TempDir
    static Path dir;
    private static TestServer server;
    private ApiClient admin;

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
    }

    @Test
    void lists_and_gets_unit_types() {
        ApiResponse types = admin.get(API + "/plugins/types/");
        ApiResponse iso = admin.get(API + "/plugins/types/iso/");
        ApiResponse missing = admin.get(API + "/plugins/types/nope/");

        assertThat(types.status()).isEqualTo(200);
        assertThat(types.json()).hasSize(1);
        JsonNode t = iso.json();
        assertThat(t.path("_href").asText()).isEqualTo(API + "/plugins/types/iso/");
        assertThat(t.path("_id").path("$oid").asText()).matches("[0-9a-f]{24}");
        assertThat(t.path("_ns").asText()).isEqualTo("content_types");
        assertThat(t.path("id").asText()).isEqualTo("iso");
        assertThat(t.path("display_name").asText()).isEqualTo("ISO");
        assertThat(t.path("unit_key").toString()).isEqualTo("[\"name\",\"checksum\",\"size\"]");
        assertThat(t.path("search_indexes").isArray() && t.path("referenced_types").isArray()).isTrue();
        assertThat(types.json().get(0)).isEqualTo(t);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("resources").path("type").asText()).isEqualTo("nope");
    }

    @Test
    void lists_and_gets_importer_and_distributor_types() {
        ApiResponse importers = admin.get(API + "/plugins/importers/");
        ApiResponse iso = admin.get(API + "/plugins/importers/iso_importer/");
        ApiResponse distributors = admin.get(API + "/plugins/distributors/");
        ApiResponse isoDistributor = admin.get(API + "/plugins/distributors/iso_distributor/");

        assertThat(importers.json()).hasSize(2);
        assertThat(iso.json().path("_href").asText()).isEqualTo(API + "/plugins/importers/iso_importer/");
        assertThat(iso.json().path("id").asText()).isEqualTo("iso_importer");
        assertThat(iso.json().path("display_name").asText()).isEqualTo("ISO Importer");
        assertThat(iso.json().path("types").toString()).isEqualTo("[\"iso\"]");
        assertThat(distributors.json()).hasSize(2);
        assertThat(isoDistributor.json().path("types").toString()).isEqualTo("[\"iso\"]");
        assertThat(admin.get(API + "/plugins/importers/nope/").status()).isEqualTo(404);
        assertThat(admin.get(API + "/plugins/distributors/nope/").status()).isEqualTo(404);
        assertThat(server.client().get(API + "/plugins/types/").status()).isEqualTo(401);
    }

    @Test
    void searches_distributors_of_every_repository() {
        admin.post(API + "/repositories/", """
                {"id": "zoo", "distributors": [{"distributor_type_id": "fake_distributor", "distributor_id": "web"},
                                               {"distributor_type_id": "iso_distributor", "distributor_id": "isos"}]}""");
        admin.post(API + "/repositories/", """
                {"id": "bar", "distributors": [{"distributor_type_id": "iso_distributor", "distributor_id": "isos"}]}""");

        ApiResponse byType = admin.post(API + "/distributors/search/", """
                {"criteria": {"filters": {"distributor_type_id": "iso_distributor"}, "sort": [["repo_id", "ascending"]],
                              "fields": ["repo_id"]}}""");
        ApiResponse byId = admin.get(API + "/distributors/search/?filters="
                + UnitApiTest.encode("{\"id\": \"web\"}"));
        ApiResponse bad = admin.post(API + "/distributors/search/", "{\"criteria\": {\"limit\": 0}}");
        ApiResponse noCriteria = admin.post(API + "/distributors/search/", "{}");

        assertThat(byType.status()).as(byType.text()).isEqualTo(200);
        assertThat(byType.json()).hasSize(2);
        assertThat(byType.json().get(0).path("repo_id").asText()).isEqualTo("bar");
        assertThat(byType.json().get(0).path("id").asText()).isEqualTo("isos");
        assertThat(byType.json().get(0).path("_href").asText()).isEqualTo(API + "/repositories/bar/distributors/isos/");
        assertThat(byType.json().get(0).has("config")).isFalse();
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json()).hasSize(1);
        assertThat(byId.json().get(0).path("repo_id").asText()).isEqualTo("zoo");
        assertThat(byId.json().get(0).path("distributor_type_id").asText()).isEqualTo("fake_distributor");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(noCriteria.status()).isEqualTo(400);
    }
}
