package org.jpulp.restapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jpulp.common.json.Json;
import org.jpulp.restapi.support.ApiClient;
import org.jpulp.restapi.support.TestServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of the route table (read from the server's own OpenAPI document, so new endpoints are covered
 * too) gets bad JSON, wrong types, odd values, unknown fields, unicode, huge and deeply nested bodies, and path
 * ids with {@code ../}, encoded slashes, NUL and unicode: no answer may be a 500, and every answer is JSON.
 */
@ExtendWith(EmbeddedMongoExtension.class)
class MalformedInputTest {

    private static final String API = "/pulp/api/v2";
    @TempDir
    static Path dir;
    private static TestServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private ApiClient admin;
    private static String unitId;
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @BeforeAll
    static void start(MongoDatabase db) {
        List<org.jpulp.common.plugin.ContentPlugin> plugins = new ArrayList<>(
                org.jpulp.restapi.support.FakePlugins.registry().plugins());
        plugins.add(new org.jpulp.plugin.iso.IsoPlugin());
        server = TestServer.start(db, dir, new org.jpulp.common.plugin.PluginRegistry(plugins));
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
                {"id": "zoo", "importer_type_id": "fake_importer",
                 "distributors": [{"distributor_type_id": "fake_distributor", "distributor_id": "web"}]}""");
        admin.post(API + "/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");
        admin.post(API + "/roles/", "{\"role_id\": \"ops\"}");
        unitId = new org.jpulp.common.content.mongo.MongoUnitStore(server.db(), List.of(
                org.jpulp.plugin.iso.IsoUnits.TYPE), server.clock()).insertIfAbsent(
                org.jpulp.common.content.NewUnit.withFile(new org.jpulp.plugin.iso.IsoUnits.Iso("a.iso",
                        "0".repeat(64), 1).key(), "/nowhere/a.iso")).id();
    }

    private static List<byte[]> bodies() {
        List<byte[]> bodies = new ArrayList<>();
        for (String s : List.of("", " ", "{", "}", "null", "[]", "[{}]", "\"text\"", "1", "-0.0e999", "true",
                "{}", "{\"id\": null}", "{\"id\": 5}", "{\"id\": []}", "{\"id\": {}}", "{\"id\": true}",
                "{\"id\": \"../../etc/passwd\"}", "{\"id\": \"zo\\u0000o\"}", "{\"id\": \"\u00e9\u4e2d\ud83d\ude00\"}",
                "{\"id\": \"\\ud800\"}", "{\"id\": \"x\", \"unknown\": {\"nested\": [1, 2]}}",
                "{\"id\": \"big\", \"notes\": {\"n\": 123456789012345678901234567890}}",
                "{\"id\": \"dollar\", \"notes\": {\"$set\": 1}}", "{\"id\": \"dot\", \"notes\": {\"a.b\": 1}}",
                "{\"id\": \"nan\", \"notes\": {\"n\": 1e400}}", "{\"delta\": [], \"importer_config\": 1}",
                "{\"delta\": {\"notes\": null, \"scratchpad\": 3}}", "{\"distributor_configs\": {\"web\": 1}}",
                "{\"criteria\": 1}", "{\"criteria\": {\"filters\": {\"$where\": \"sleep(10)\"}}}",
                "{\"criteria\": {\"filters\": {\"id\": {\"$regex\": \"(\"}}, \"limit\": true}}",
                "{\"criteria\": {\"filters\": {\"a\": {\"$in\": [{\"$date\": 5}]}}}}",
                "{\"criteria\": {\"sort\": [[\"id\", \"sideways\"]], \"fields\": [null]}}",
                "{\"override_config\": \"x\", \"id\": 7}", "{\"importer_type_id\": [], \"importer_config\": []}",
                "{\"distributor_type_id\": {}, \"distributor_id\": \"../x\", \"auto_publish\": \"yes\"}",
                "{\"login\": {}, \"password\": 5, \"name\": []}", "{\"login\": \"bob\", \"resource\": 5, "
                        + "\"operations\": \"READ\"}", "{\"role_id\": \"ops\", \"resource\": \"/\", "
                        + "\"operations\": [null]}", "{\"delta\": {\"roles\": \"super-users\"}}",
                "{\"schedule\": 5, \"enabled\": 1}", "{\"schedule\": \"R-1/PT1H\", \"failure_threshold\": 1e400}",
                "{\"schedule\": \"PT0S\", \"failure_threshold\": 99999999999}", "{\"schedule\": \"\u0000P1D\"}",
                "{\"upload_id\": {}, \"unit_type_id\": 1, \"unit_key\": \"x\"}",
                "{\"upload_id\": \"../../etc/passwd\", \"unit_type_id\": \"fake_unit\", \"unit_key\": {}}",
                "{\"unit_type_id\": \"fake_unit\", \"unit_key\": {\"$set\": 1}, \"unit_metadata\": [1]}",
                "{\"criteria\": {\"type_ids\": [1], \"filters\": {\"unit\": {\"$where\": 1}, \"association\": 5}}}",
                "{\"criteria\": {\"sort\": {\"unit\": \"x\"}, \"fields\": {\"association\": [5]}, "
                        + "\"remove_duplicates\": \"yes\", \"skip\": -1}}",
                "{\"criteria\": {\"filters\": {\"unit\": {\"name\": {\"$regex\": \"(\"}}, \"other\": {}}}}",
                "{\"criteria\": {\"type_ids\": \"iso\", \"limit\": 1e30}, \"include_repos\": \"maybe\"}",
                "{\"source_repo_id\": 5, \"override_config\": {\"$set\": 1}}",
                "{\"source_repo_id\": \"zoo\", \"criteria\": {\"filters\": {\"unit\": [1]}}}",
                "[{\"content_type_id\": \"iso\", \"unit_id\": null}, 5]", "{\"$set\": {\"a.b\": 1}}")) {
            bodies.add(s.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        bodies.add(("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.US_ASCII));
        bodies.add(("{\"notes\": " + "{\"a\": ".repeat(200) + "1" + "}".repeat(200) + ", \"id\": \"deep\"}")
                .getBytes(StandardCharsets.US_ASCII));
        StringBuilder manyKeys = new StringBuilder("{\"id\": \"wide\", \"notes\": {");
        for (int i = 0; i < 20_000; i++) {
            manyKeys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": ").append(i);
        }
        bodies.add(manyKeys.append("}}").toString().getBytes(StandardCharsets.US_ASCII));
        bodies.add(("{\"id\": \"huge\", \"description\": \"" + "\u00e9".repeat(500_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    private static final List<String> IDS = List.of("zoo", "nosuch", "..", "%2e%2e", "..%2F..%2Fetc",
            "zoo%2F..%2Fother", "caf%C3%A9", "%E4%B8%AD", "a%20b", "%FF", "x".repeat(3000), "%24where", "search");

    @Test
    void no_endpoint_answers_500_to_malformed_input() throws Exception {
        JsonNode paths = admin.get(API + "/openapi.json").json().path("paths");
        List<byte[]> bodies = bodies();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                String withKnownIds = fill(path.getKey(), "zoo");
                for (byte[] body : bodies) {
                    check(method, withKnownIds, body, true);
                }
                for (String id : IDS) {
                    check(method, fill(path.getKey(), id), "{}".getBytes(StandardCharsets.US_ASCII), true);
                }
                check(method, withKnownIds + "?details=maybe&limit=-1&skip=x&sort=%5B&filters=%7B&field=%24where"
                        + "&start_date=never&resource=..%2F", new byte[0], true);
                check(method, withKnownIds, "{}".getBytes(StandardCharsets.US_ASCII), false);
            }
        }
        assertThat(sent).isGreaterThan(1000);
        assertThat(failures).as("requests answered with a 500 or a non-JSON body (of %d sent)", sent).isEmpty();
    }

    /** The template with every parameter set to {@code id}, except known names for users, roles, plugins. */
    private static String fill(String template, String id) {
        return template.replace("{login}", id.equals("zoo") ? "bob" : id)
                .replace("{role_id}", id.equals("zoo") ? "ops" : id)
                .replace("{importer_id}", id.equals("zoo") ? "fake_importer" : id)
                .replace("{distributor_id}", id.equals("zoo") ? "web" : id)
                .replace("{type_id}", id.equals("zoo") ? "iso" : id)
                .replace("{unit_id}", id.equals("zoo") ? unitId : id)
                .replace("{importer_type_id}", id.equals("zoo") ? "iso_importer" : id)
                .replace("{distributor_type_id}", id.equals("zoo") ? "iso_distributor" : id)
                .replaceAll("\\{[a-z_]+}", id);
    }

    private void check(String method, String path, byte[] body, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.instance(RestServer.class).port() + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()));
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(method + " " + path.substring(0, Math.min(path.length(), 120)) + " with "
                    + body.length + " bytes: " + e, e);
        }
        sent++;
        String what = method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + " body="
                + new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8) + " -> "
                + response.statusCode() + " " + response.body().substring(0, Math.min(200, response.body().length()));
        if (response.statusCode() >= 500 && response.statusCode() != 503) {
            failures.add(what);
        } else if (!isJson(response.body())) {
            failures.add("not JSON: " + what);
        }
    }

    private static boolean isJson(String body) {
        try {
            Json.newMapper().readTree(body);
            return !body.isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
