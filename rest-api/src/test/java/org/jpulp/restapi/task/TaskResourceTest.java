package org.jpulp.restapi.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jpulp.common.task.NewTask;
import org.jpulp.common.task.TaskEnd;
import org.jpulp.common.task.TaskOutcome;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.common.task.TaskState;
import org.jpulp.common.task.TaskStore;
import org.jpulp.common.task.mongo.MongoTaskStore;
import org.jpulp.restapi.support.ApiClient;
import org.jpulp.restapi.support.ApiResponse;
import org.jpulp.restapi.support.TestServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code /tasks/}: reports, tag filters, cancel and purge, over HTTP as admin. */
@ExtendWith(EmbeddedMongoExtension.class)
class TaskResourceTest {

    @TempDir
    static Path dir;
    private static TestServer server;
    private static MongoDatabase db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T19:30:11.400Z"));
    private TaskStore tasks;
    private ApiClient admin;

    @BeforeAll
    static void start(MongoDatabase database) {
        db = database;
        server = TestServer.start(db, dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
        tasks = new MongoTaskStore(db);
        admin = server.admin();
    }

    private String task(String repo, String action) {
        String id = java.util.UUID.randomUUID().toString();
        tasks.insert(new NewTask(id, TaskRequest.of("pulp.server.managers.repo.sync.sync", List.of("repository:" + repo),
                Map.of(), List.of("pulp:repository:" + repo, "pulp:action:" + action)), tasks.nextSequence(),
                clock.instant()));
        return id;
    }

    private ApiResponse send(String method, String path) {
        return method.equals("GET") ? admin.get(path) : admin.delete(path);
    }

    private static JsonNode json(ApiResponse r) {
        return r.json();
    }

    @Test
    void single_task_report_has_pulp2_fields_links_and_queue() throws Exception {
        String id = task("zoo", "sync");
        tasks.assign(id, 0, "reserved_resource_worker-1@h", clock.instant());
        tasks.start(id, "reserved_resource_worker-1@h", 1, clock.instant());
        tasks.end(id, 1, TaskEnd.finished(new TaskOutcome(Map.of("added_count", 32), null, List.of("child-1")),
                clock.instant().plusSeconds(41)));

        ApiResponse r = send("GET", "/pulp/api/v2/tasks/" + id + "/");

        assertThat(r.status()).isEqualTo(200);
        JsonNode t = json(r);
        assertThat(t.path("_href").asText()).isEqualTo("/pulp/api/v2/tasks/" + id + "/");
        assertThat(t.path("task_id").asText()).isEqualTo(id);
        assertThat(t.path("_id").path("$oid").asText()).isEqualTo(t.path("id").asText()).hasSize(24);
        assertThat(t.path("_ns").asText()).isEqualTo("task_status");
        assertThat(t.path("state").asText()).isEqualTo("finished");
        assertThat(t.path("worker_name").asText()).isEqualTo("reserved_resource_worker-1@h");
        assertThat(t.path("queue").asText()).isEqualTo("reserved_resource_worker-1@h.dq");
        assertThat(t.path("start_time").asText()).isEqualTo("2026-05-01T19:30:11Z");
        assertThat(t.path("finish_time").asText()).isEqualTo("2026-05-01T19:30:52Z");
        assertThat(t.path("result").path("added_count").asInt()).isEqualTo(32);
        assertThat(t.path("spawned_tasks").get(0).path("_href").asText()).isEqualTo("/pulp/api/v2/tasks/child-1/");
        assertThat(t.path("spawned_tasks").get(0).path("task_id").asText()).isEqualTo("child-1");
        assertThat(t.has("error") && t.get("error").isNull()).isTrue();
        assertThat(t.has("exception") && t.has("traceback") && t.has("progress_report") && t.has("tags")).isTrue();
    }

    @Test
    void list_filters_by_every_given_tag_and_omits_queue() throws Exception {
        String sync = task("zoo", "sync");
        task("zoo", "publish");
        task("other", "sync");

        JsonNode all = json(send("GET", "/pulp/api/v2/tasks/"));
        JsonNode filtered = json(send("GET", "/pulp/api/v2/tasks/?tag=pulp:repository:zoo&tag=pulp:action:sync"));

        assertThat(all).hasSize(3);
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).path("task_id").asText()).isEqualTo(sync);
        assertThat(filtered.get(0).has("queue")).isFalse();
    }

    @Test
    void cancel_of_incomplete_complete_and_unknown_tasks() throws Exception {
        String waiting = task("zoo", "sync");

        ApiResponse canceled = send("DELETE", "/pulp/api/v2/tasks/" + waiting + "/");
        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.text()).isEqualTo("null");
        assertThat(tasks.find(waiting).orElseThrow().state()).isEqualTo(TaskState.CANCELED);

        Instant finishedAt = tasks.find(waiting).orElseThrow().finishTime();
        server.clock().advance(java.time.Duration.ofMinutes(1));
        assertThat(send("DELETE", "/pulp/api/v2/tasks/" + waiting + "/").status()).isEqualTo(200);
        assertThat(tasks.find(waiting).orElseThrow().finishTime()).as("already complete: nothing changes")
                .isEqualTo(finishedAt);

        ApiResponse unknown = send("DELETE", "/pulp/api/v2/tasks/nope/");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(json(unknown).path("http_status").asInt()).isEqualTo(404);
        assertThat(json(unknown).path("error").path("code").asText()).isEqualTo("PLP0009");
        assertThat(send("GET", "/pulp/api/v2/tasks/nope/").status()).isEqualTo(404);
    }

    @Test
    void search_by_criteria_in_post_and_get_forms() {
        String zoo = task("zoo", "sync");
        task("other", "sync");
        String done = task("zoo", "publish");
        tasks.cancel(done, clock.instant());

        ApiResponse post = admin.post("/pulp/api/v2/tasks/search/", """
                {"criteria": {"filters": {"state": {"$in": ["waiting", "running"]}, "tags": "pulp:repository:zoo"},
                              "fields": ["state"]}}""");
        ApiResponse get = admin.get("/pulp/api/v2/tasks/search/?filters=%7B%22state%22%3A%22canceled%22%7D");

        assertThat(post.status()).isEqualTo(200);
        assertThat(post.json()).hasSize(1);
        assertThat(post.json().get(0).path("task_id").asText()).isEqualTo(zoo);
        assertThat(post.json().get(0).path("state").asText()).isEqualTo("waiting");
        assertThat(post.json().get(0).has("tags")).as("projected away").isFalse();
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.json()).hasSize(1);
        assertThat(get.json().get(0).path("task_id").asText()).isEqualTo(done);
        assertThat(admin.post("/pulp/api/v2/tasks/search/", "{\"criteria\": {\"filters\": {\"$where\": \"1\"}}}")
                .status()).isEqualTo(400);
    }

    @Test
    void anonymous_clients_are_refused() {
        assertThat(server.client().get("/pulp/api/v2/tasks/").status()).isEqualTo(401);
    }

    @Test
    void purge_rules() throws Exception {
        String done = task("zoo", "sync");
        tasks.assign(done, 0, "w", clock.instant());
        tasks.start(done, "w", 1, clock.instant());
        tasks.end(done, 1, TaskEnd.finished(TaskOutcome.of(null), clock.instant()));
        String canceled = task("zoo", "sync");
        tasks.cancel(canceled, clock.instant());

        ApiResponse none = send("DELETE", "/pulp/api/v2/tasks/");
        assertThat(none.status()).isEqualTo(403);
        assertThat(json(none).path("error").path("code").asText()).isEqualTo("PLP1012");
        ApiResponse wrong = send("DELETE", "/pulp/api/v2/tasks/?state=canceled");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(json(wrong).path("error").path("code").asText()).isEqualTo("PLP1011");

        assertThat(send("DELETE", "/pulp/api/v2/tasks/?state=finished&state=error").status()).isEqualTo(204);
        assertThat(tasks.find(done)).isEmpty();
        assertThat(tasks.find(canceled)).isPresent();
    }
}
