package org.jpulp.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpulp.devstack.broker.EmbeddedBrokerJ;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four role entrypoints run outside a container on the real distributions, against an in-process MongoDB wire
 * server and Broker-J, each with the environment compose gives it (only the addresses and the broker password
 * changed to the embedded ones'): beat brings the schema up, every role shows in the REST API's /status/, the health
 * check passes, and SIGTERM to the process the entrypoint started stops each with status 0.
 */
class RoleEntrypointsTest {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Pattern LISTENING = Pattern.compile("REST API listening on (http://\\S+?)/pulp/api/v2/");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String password = "broker-" + UUID.randomUUID();
    private final List<ScriptProcess> processes = new ArrayList<>();
    private EmbeddedMongo mongo;
    private EmbeddedBrokerJ broker;

    @BeforeEach
    void startInfrastructure() {
        mongo = new EmbeddedMongo();
        String user = ComposeFileTest.environmentOf("broker").get("MSG_SERVICE_USER");
        broker = new EmbeddedBrokerJ(EmbeddedBrokerJ.Settings.defaults().withPort(0).withCredentials(user, password)
                .inMemory()).start();
    }

    @AfterEach
    void stopEverything() {
        processes.forEach(ScriptProcess::close);
        try {
            broker.close();
        } finally {
            mongo.close();
        }
    }

    /** Compose's environment for {@code service}, pointed at the embedded infrastructure and the test directory. */
    private Map<String, String> environment(String service, String module) {
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.putAll(ComposeFileTest.environmentOf(service));
        env.put("DB_SERVICE_HOST", "127.0.0.1");
        env.put("DB_SERVICE_PORT", String.valueOf(mongo.port()));
        env.put("MSG_SERVICE_HOST", "127.0.0.1");
        env.put("MSG_SERVICE_PORT", String.valueOf(broker.port()));
        env.put("MSG_SERVICE_PASSWORD", password);
        env.put("JPULP_LIB", Repo.LIB.toString());
        env.put("JPULP_DIST", Repo.dist(module).toString());
        env.put("JPULP_STORAGE", dir.resolve("storage").toString());
        env.put("JPULP_EXECUTABLE", Repo.executable(module));
        env.put("JPULP_SERVER__WORKING_DIRECTORY", dir.resolve("work").toString());
        env.put("JPULP_DATABASE__STARTUP_INTERVAL", "0.5");
        // four JVMs on a small machine: small heaps, quick start
        env.put("JPULP_JAVA_OPTS", "-Xmx192m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return env;
    }

    private ScriptProcess start(String name, String image, Map<String, String> env) {
        ScriptProcess p = ScriptProcess.start(name, dir.resolve("logs"), Repo.entrypoint(image), env);
        processes.add(p);
        return p;
    }

    @Test
    void beat_initializes_the_schema_every_role_heartbeats_and_sigterm_stops_each_with_status_0() throws Exception {
        Files.createDirectories(dir.resolve("storage"));
        Map<String, String> restEnv = environment("rest-api", "rest-api");
        restEnv.put("JPULP_REST__HOST", "127.0.0.1");
        restEnv.put("JPULP_REST__PORT", "0");
        // the worker as a StatefulSet's fourth pod: its number comes from the host name
        Map<String, String> workerEnv = environment("worker-2", "worker");
        workerEnv.remove("JPULP_WORKER_INDEX");
        workerEnv.put("HOSTNAME", "worker-3");

        ScriptProcess restApi = start("rest-api", "rest-api", restEnv);
        ScriptProcess worker = start("worker", "worker", workerEnv);
        ScriptProcess resourceManager = start("resource-manager", "resource-manager", environment("resource-manager", "resource-manager"));
        ScriptProcess beat = start("beat", "beat", environment("beat", "beat"));

        restApi.awaitOutput("REST API listening on", START);
        Matcher m = LISTENING.matcher(restApi.stdout());
        assertThat(m.find()).as(restApi.output()).isTrue();
        String base = m.group(1);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await("every role in " + base + "/pulp/api/v2/status/").atMost(START).pollInterval(Duration.ofMillis(250))
                .until(() -> knownWorkers(http, base).size() == 3);
        assertThat(knownWorkers(http, base)).anyMatch(n -> n.startsWith("scheduler@"))
                .anyMatch(n -> n.startsWith("resource_manager@"))
                .anyMatch(n -> n.startsWith("reserved_resource_worker-3@"));

        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoDatabase db = client.getDatabase("pulp_database");
            assertThat(db.getCollection("migration_trackers").countDocuments()).as("beat migrated the schema").isPositive();
            assertThat(db.getCollection("users").countDocuments(Filters.eq("login", "admin"))).as("and created the admin").isOne();
        }
        assertThat(beat.stdout()).contains("migrated from");
        assertThat(worker.stdout()).contains("schema version").contains("is ready");

        for (ScriptProcess p : processes) {
            String command = ProcessHandle.of(p.pid()).flatMap(h -> h.info().command()).orElse("");
            assertThat(command).as(p.name() + ": the entrypoint exec'd down to the JVM").endsWith("/java");
        }

        ScriptProcess check = ScriptProcess.run("healthcheck", dir.resolve("logs"), Repo.healthcheck(), workerEnv, START);
        assertThat(check.exitValue()).as(check.output()).isZero();
        assertThat(check.stdout()).contains("configuration: OK", "database: OK", "broker: OK");
        restEnv.put("JPULP_REST__PORT", String.valueOf(URI.create(base).getPort()));
        assertThat(ScriptProcess.run("http-check", dir.resolve("logs"), Repo.healthcheck(), restEnv, START,
                "--http", "/pulp/api/v2/status/").exitValue()).isZero();
        workerEnv.put("JPULP_HEALTHCHECK_PID", String.valueOf(worker.pid()));
        assertThat(ScriptProcess.run("process-check", dir.resolve("logs"), Repo.healthcheck(), workerEnv, START,
                "--process").exitValue()).isZero();

        processes.forEach(ScriptProcess::terminate);
        for (ScriptProcess p : processes) {
            assertThat(p.awaitExit(Duration.ofSeconds(30))).as(p.name() + " exit status\n" + p.output()).isZero();
            assertThat(p.output()).as(p.name() + " never logs the broker password").doesNotContain(password);
            assertThat(p.stderr().lines()).as(p.name() + ": the entrypoint's one line").hasSize(1)
                    .allMatch(l -> l.contains(" INFO  [entrypoint] jpulp-"));
        }
        assertThat(check.output()).doesNotContain(password);
    }

    private static List<String> knownWorkers(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/pulp/api/v2/status/"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode status = JSON.readTree(r.body());
        List<String> names = new ArrayList<>();
        status.path("known_workers").forEach(w -> names.add(w.path("_id").asText()));
        return names;
    }
}
