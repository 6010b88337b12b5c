package org.jpulp.restapi.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.ScheduledCall;
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

/** Sync and publish schedules: CRUD in Pulp 2's shapes, 400/404 as Pulp 2, and what a schedule fires. */
@ExtendWith(EmbeddedMongoExtension.class)
class ScheduleApiTest {

    private static final String API = "/pulp/api/v2";
    private static final String SYNC = API + "/repositories/zoo/importers/fake_importer/schedules/sync/";
    private static final String PUBLISH = API + "/repositories/zoo/distributors/web/schedules/publish/";
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
        admin.post(API + "/repositories/", """
                {"id": "zoo", "importer_type_id": "fake_importer", "importer_config": {"feed": "http://a/"},
                 "distributors": [{"distributor_type_id": "fake_distributor", "distributor_id": "web"}]}""");
    }

    @Test
    void create_answers_201_with_location_and_pulps_representation() {
        ApiResponse created = admin.post(SYNC, """
                {"schedule": "R5/2026-06-01T03:00:00Z/P7D", "failure_threshold": 3,
                 "override_config": {"validate": false}}""");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.path("_id").asText();
        assertThat(body.path("_href").asText()).isEqualTo(SYNC + id + "/");
        assertThat(created.header("Location")).contains(SYNC + id + "/");
        assertThat(body.path("schedule").asText()).isEqualTo("R5/2026-06-01T03:00:00Z/P7D");
        assertThat(body.path("resource").asText()).isEqualTo("pulp:importer:zoo:fake_importer");
        assertThat(body.path("enabled").asBoolean()).isTrue();
        assertThat(body.path("failure_threshold").asInt()).isEqualTo(3);
        assertThat(body.path("consecutive_failures").asInt()).isZero();
        assertThat(body.path("remaining_runs").asInt()).isEqualTo(5);
        assertThat(body.path("total_run_count").asInt()).isZero();
        assertThat(body.path("first_run").asText()).isEqualTo("2026-06-01T03:00:00Z");
        assertThat(body.path("next_run").asText()).isEqualTo("2026-06-01T03:00:00Z");
        assertThat(body.path("last_run_at").isNull()).isTrue();
        assertThat(body.path("last_updated").isNumber()).isTrue();
        assertThat(body.path("args").get(0).asText()).isEqualTo("zoo");
        assertThat(body.path("kwargs").path("overrides").path("validate").asBoolean(true)).isFalse();
        assertThat(body.path("kwargs").path("scheduled_call_id").asText()).isEqualTo(id);
        assertThat(admin.get(SYNC).json()).hasSize(1);
        assertThat(admin.get(SYNC + id + "/").json().path("_href").asText()).isEqualTo(SYNC + id + "/");
    }

    @Test
    void a_fired_schedule_dispatches_the_same_reserved_task_as_the_action() {
        String sync = admin.post(SYNC, "{\"schedule\": \"PT1H\"}").json().path("_id").asText();
        String publish = admin.post(PUBLISH, "{\"schedule\": \"PT1H\", \"enabled\": false}").json()
                .path("_id").asText();
        ScheduleStore store = server.instance(ScheduleStore.class);

        ScheduledCall syncCall = store.get(sync).orElseThrow();
        TaskRequest fired = syncCall.task().toRequest(sync);
        TaskRequest action = RepositoryTasks.sync("zoo", Map.of());
        assertThat(fired.taskType()).isEqualTo(action.taskType());
        assertThat(fired.resources()).isEqualTo(action.resources());
        assertThat(fired.tags()).isEqualTo(action.tags());
        assertThat(fired.scheduledCallId()).isEqualTo(sync);
        assertThat(syncCall.task().principal()).isEqualTo("admin");
        ScheduledCall publishCall = store.get(publish).orElseThrow();
        assertThat(publishCall.enabled()).isFalse();
        assertThat(publishCall.task().toRequest(publish).tags())
                .isEqualTo(RepositoryTasks.publish("zoo", "web", Map.of()).tags());
        assertThat(publishCall.task().args()).isEqualTo(List.of("zoo", "web"));
        assertThat(publishCall.resource()).isEqualTo("pulp:distributor:zoo:web");
    }

    @Test
    void update_changes_the_given_fields_and_recomputes_the_runs() {
        String id = admin.post(SYNC, "{\"schedule\": \"PT1H\", \"failure_threshold\": 2}").json()
                .path("_id").asText();

        ApiResponse updated = admin.put(SYNC + id + "/", """
                {"schedule": "R2/2026-07-01T00:00:00Z/P1D", "enabled": false, "failure_threshold": null,
                 "override_config": {"validate": true}}""");

        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        JsonNode body = updated.json();
        assertThat(body.path("_href").asText()).isEqualTo(SYNC + id + "/");
        assertThat(body.path("enabled").asBoolean()).isFalse();
        assertThat(body.path("failure_threshold").isNull()).isTrue();
        assertThat(body.path("remaining_runs").asInt()).isEqualTo(2);
        assertThat(body.path("first_run").asText()).isEqualTo("2026-07-01T00:00:00Z");
        assertThat(body.path("kwargs").path("overrides").path("validate").asBoolean()).isTrue();
        assertThat(body.path("kwargs").path("scheduled_call_id").asText()).isEqualTo(id);
        assertThat(admin.put(SYNC + id + "/", "{}").json().path("enabled").asBoolean()).isFalse();
    }

    @Test
    void delete_answers_null_and_the_schedule_is_gone() {
        String id = admin.post(PUBLISH, "{\"schedule\": \"PT1H\"}").json().path("_id").asText();

        ApiResponse deleted = admin.delete(PUBLISH + id + "/");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text()).isEqualTo("null");
        assertThat(admin.get(PUBLISH).json()).isEmpty();
        assertThat(admin.get(PUBLISH + id + "/").status()).isEqualTo(404);
        assertThat(admin.delete(PUBLISH + id + "/").status()).isEqualTo(404);
    }

    @Test
    void bad_schedules_unknown_fields_and_wrong_types_are_400() {
        ApiResponse missing = admin.post(SYNC, "{}");
        ApiResponse badIso = admin.post(SYNC, "{\"schedule\": \"every hour\"}");
        ApiResponse monthsWithoutStart = admin.post(SYNC, "{\"schedule\": \"P1M\"}");
        ApiResponse unknown = admin.post(SYNC, "{\"schedule\": \"PT1H\", \"colour\": \"red\"}");
        ApiResponse enabled = admin.post(SYNC, "{\"schedule\": \"PT1H\", \"enabled\": \"yes\"}");
        ApiResponse zero = admin.post(SYNC, "{\"schedule\": \"PT1H\", \"failure_threshold\": 0}");
        ApiResponse text = admin.post(SYNC, "{\"schedule\": \"PT1H\", \"failure_threshold\": \"3\"}");
        ApiResponse fraction = admin.post(SYNC, "{\"schedule\": \"PT1H\", \"failure_threshold\": 1.5}");
        ApiResponse override = admin.post(SYNC, "{\"schedule\": \"PT1H\", \"override_config\": [1]}");
        ApiResponse refused = admin.post(SYNC, "{\"schedule\": \"PT1H\", \"override_config\": {\"feed\": \"ftp://x\"}}");
        ApiResponse scheduleNumber = admin.post(PUBLISH, "{\"schedule\": 3600}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("missing_property_names").get(0).asText()).isEqualTo("schedule");
        assertThat(badIso.status()).isEqualTo(400);
        assertThat(badIso.errorCode()).isEqualTo("PLP0015");
        assertThat(badIso.json().path("property_names").get(0).asText()).isEqualTo("schedule");
        assertThat(monthsWithoutStart.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("unsupported_property_names").get(0).asText()).isEqualTo("colour");
        for (ApiResponse r : List.of(enabled, zero, text, fraction, override, refused, scheduleNumber)) {
            assertThat(r.status()).as(r.text()).isEqualTo(400);
        }
        assertThat(zero.json().path("property_names").get(0).asText()).isEqualTo("failure_threshold");
        assertThat(admin.get(SYNC).json()).isEmpty();
        String id = admin.post(SYNC, "{\"schedule\": \"PT1H\"}").json().path("_id").asText();
        assertThat(admin.put(SYNC + id + "/", "{\"schedule\": \"R0/PT1H\"}").status()).isEqualTo(400);
        assertThat(admin.put(SYNC + id + "/", "{\"args\": [\"other\"]}").status()).isEqualTo(400);
        assertThat(admin.get(SYNC + id + "/").json().path("schedule").asText()).isEqualTo("PT1H");
    }

    @Test
    void unknown_repositories_importers_distributors_and_schedules_are_404() {
        String id = admin.post(SYNC, "{\"schedule\": \"PT1H\"}").json().path("_id").asText();
        String body = "{\"schedule\": \"PT1H\"}";

        assertThat(admin.get(API + "/repositories/nope/importers/fake_importer/schedules/sync/").status())
                .isEqualTo(404);
        assertThat(admin.post(API + "/repositories/zoo/importers/other/schedules/sync/", body).status())
                .isEqualTo(404);
        assertThat(admin.post(API + "/repositories/zoo/distributors/ftp/schedules/publish/", body).status())
                .isEqualTo(404);
        assertThat(admin.get(SYNC + "000000000000000000000000/").status()).isEqualTo(404);
        assertThat(admin.put(SYNC + "nope/", body).status()).isEqualTo(404);
        assertThat(admin.get(PUBLISH + id + "/").status()).as("a sync schedule is not the distributor's")
                .isEqualTo(404);
        assertThat(admin.delete(PUBLISH + id + "/").status()).isEqualTo(404);
        assertThat(admin.get(SYNC + id + "/").status()).isEqualTo(200);
    }

    @Test
    void need_credentials_and_permissions() {
        String id = admin.post(SYNC, "{\"schedule\": \"PT1H\"}").json().path("_id").asText();
        admin.post(API + "/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");
        ApiClient anonymous = server.client();
        ApiClient bob = server.client().as("bob", "pw");

        assertThat(anonymous.get(SYNC).status()).isEqualTo(401);
        assertThat(anonymous.post(PUBLISH, "{\"schedule\": \"PT1H\"}").status()).isEqualTo(401);
        assertThat(anonymous.put(SYNC + id + "/", "{}").status()).isEqualTo(401);
        assertThat(anonymous.delete(SYNC + id + "/").status()).isEqualTo(401);
        ApiResponse denied = bob.delete(SYNC + id + "/");
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.json().path("auth_error_code").asText()).isEqualTo("permission_denied");
        assertThat(admin.get(SYNC).json()).hasSize(1);
    }
}
