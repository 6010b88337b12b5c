package org.jpulp.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entrypoint scripts and jpulp-healthcheck run outside a container against stand-in distributions
 * ({@link StubDist}): what they accept and refuse, what they hand to the role, and that the role replaces them.
 */
class EntrypointScriptTest {

    private static final Duration QUICK = Duration.ofSeconds(20);
    private static final String SECRET = "pa55-w0rd-never-logged";

    @TempDir
    Path dir;

    private Path storage;

    @BeforeEach
    void createStorage() throws IOException {
        storage = Files.createDirectories(dir.resolve("storage"));
    }

    /** The environment compose gives {@code service}, with the image's paths pointed into the test directory. */
    private Map<String, String> composeEnv(String service, String executable) {
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.putAll(ComposeFileTest.environmentOf(service));
        env.putAll(paths(executable));
        return env;
    }

    private Map<String, String> paths(String executable) {
        Map<String, String> env = new HashMap<>();
        env.put("JPULP_LIB", Repo.LIB.toString());
        env.put("JPULP_DIST", StubDist.create(dir.resolve("dist-" + executable), executable).toString());
        env.put("JPULP_STORAGE", storage.toString());
        return env;
    }

    private ScriptProcess run(String name, String image, Map<String, String> env, String... args) {
        return ScriptProcess.run(name, dir.resolve("logs"), Repo.entrypoint(image), env, QUICK, args);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"beat, beat", "resource-manager, resource-manager", "worker-1, worker", "worker-2, worker",
            "rest-api, rest-api"})
    void each_role_starts_with_exactly_the_environment_compose_gives_it(String service, String image) {
        String executable = Repo.executable(image);
        ScriptProcess p = run(service, image, composeEnv(service, executable));
        assertThat(p.exitValue()).as(p.output()).isZero();
        Map<String, String> role = StubDist.report(p.stdout());
        assertThat(role.get("args")).isEqualTo("run");
        assertThat(role.get("env:JPULP_SERVER__STORAGE_DIR")).isEqualTo(storage.toString());
        assertThat(role.get("env:DB_SERVICE_HOST")).isEqualTo("mongo");
        if (image.equals("worker")) {
            assertThat(role.get("env:JPULP_WORKER_INDEX")).isEqualTo(service.substring("worker-".length()));
        }
        assertThat(p.stderr().lines().toList()).as("one log line").singleElement().asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ INFO  \\[entrypoint] jpulp-" + image
                        + "-entrypoint - .*database mongo:27017 \\(DB_SERVICE_HOST/DB_SERVICE_PORT\\); broker broker:5672 .*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"beat", "resource-manager", "worker", "rest-api"})
    void each_role_starts_with_the_environment_and_server_conf_kubernetes_gives_it(String role) throws IOException {
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.putAll(KubernetesManifestsTest.environmentOf(role));
        env.putAll(paths(Repo.executable(role)));
        Path conf = Files.writeString(dir.resolve("server.conf"), "[database]\nname: pulp_database\n");
        env.put("PULP_SERVER_CONF", conf.toString());
        env.put("HOSTNAME", role + "-1"); // a StatefulSet's second pod
        ScriptProcess p = run(role, role, env);
        assertThat(p.exitValue()).as(p.output()).isZero();
        Map<String, String> report = StubDist.report(p.stdout());
        assertThat(report.get("env:DB_SERVICE_HOST")).isEqualTo("db");
        assertThat(report.get("env:MSG_SERVICE_HOST")).isEqualTo("msg");
        if (role.equals("worker")) {
            assertThat(report.get("env:JPULP_WORKER_INDEX")).isEqualTo("1");
        }
    }

    @ParameterizedTest(name = "HOSTNAME={0} JPULP_WORKER_INDEX={1} -> {2}")
    @CsvSource(nullValues = "unset", value = {
            "worker-3, unset, 3",
            "worker-0, unset, 0",
            "worker-3, 7, 7",
            "jpulp-worker-12, unset, 12",
            "jpulp-worker-5d8f7c9b-x2x4z, unset, 0",
            "worker, unset, 0",
            "12345, unset, 0",
            "worker-3, x1, error",
            "worker-3, -1, error"})
    void the_worker_number_is_JPULP_WORKER_INDEX_else_the_statefulset_ordinal_else_0(String host, String index,
                                                                                     String expected) {
        Map<String, String> env = composeEnv("worker-1", "jpulp-worker");
        env.remove("JPULP_WORKER_INDEX");
        env.put("HOSTNAME", host);
        if (index != null) {
            env.put("JPULP_WORKER_INDEX", index);
        }
        ScriptProcess p = run("worker", "worker", env);
        if (expected.equals("error")) {
            assertThat(p.exitValue()).as(p.output()).isEqualTo(3);
            assertThat(p.stderr()).contains("the worker number must be a non-negative integer");
        } else {
            assertThat(p.exitValue()).as(p.output()).isZero();
            assertThat(StubDist.report(p.stdout())).containsEntry("env:JPULP_WORKER_INDEX", expected);
            assertThat(p.stderr()).contains("worker " + expected + " (");
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("no database", List.of("-DB_SERVICE_HOST", "-DB_SERVICE_PORT"),
                        "no database configured: set DB_SERVICE_HOST (and DB_SERVICE_PORT, default 27017), SERVICE_HOST or JPULP_DB_URI"),
                Arguments.of("no broker", List.of("-MSG_SERVICE_HOST", "-MSG_SERVICE_PORT"), "no broker configured"),
                Arguments.of("bad port", List.of("DB_SERVICE_PORT=mongo"), "DB_SERVICE_PORT must be a port number (1-65535), not 'mongo'"),
                Arguments.of("port too large", List.of("MSG_SERVICE_PORT=70000"), "MSG_SERVICE_PORT must be a port number"),
                Arguments.of("port without host", List.of("-DB_SERVICE_HOST"),
                        "DB_SERVICE_PORT is set but neither DB_SERVICE_HOST nor SERVICE_HOST names the database host"),
                Arguments.of("host with a scheme", List.of("MSG_SERVICE_HOST=amqp://broker"), "MSG_SERVICE_HOST must be a host name"),
                Arguments.of("user without password", List.of("-MSG_SERVICE_PASSWORD"),
                        "MSG_SERVICE_USER is set but MSG_SERVICE_PASSWORD (or MSG_SERVICE_PASSWORD_FILE) is not"),
                Arguments.of("password without user", List.of("-MSG_SERVICE_USER"), "MSG_SERVICE_PASSWORD is set but MSG_SERVICE_USER is not"),
                Arguments.of("server name as URL", List.of("PULP_SERVER_NAME=https://pulp.example.com"),
                        "PULP_SERVER_NAME must be the host name clients use"),
                Arguments.of("database URI", List.of("JPULP_DB_URI=postgres://" + SECRET + "@db/x"),
                        "JPULP_DB_URI must start with mongodb:// or mongodb+srv://"),
                Arguments.of("broker URI", List.of("JPULP_BROKER_URI=tcp://broker:5672"), "JPULP_BROKER_URI must start with amqp://"),
                Arguments.of("missing server.conf", List.of("PULP_SERVER_CONF=/nonexistent/server.conf"),
                        "PULP_SERVER_CONF names /nonexistent/server.conf, which does not exist or cannot be read"),
                Arguments.of("secret twice", List.of("MSG_SERVICE_PASSWORD_FILE=/etc/hostname"),
                        "both MSG_SERVICE_PASSWORD and MSG_SERVICE_PASSWORD_FILE are set"),
                Arguments.of("secret file missing", List.of("-MSG_SERVICE_PASSWORD", "MSG_SERVICE_PASSWORD_FILE=/nonexistent"),
                        "MSG_SERVICE_PASSWORD_FILE names /nonexistent, which is not a readable file"),
                Arguments.of("no volume", List.of("JPULP_STORAGE=/nonexistent/pulp"),
                        "storage directory /nonexistent/pulp does not exist: mount the shared content volume there"),
                Arguments.of("relative storage", List.of("JPULP_SERVER__STORAGE_DIR=var/lib/pulp"),
                        "the storage directory must be an absolute path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void a_configuration_mistake_stops_the_container_with_status_3_and_one_clear_line(String what, List<String> changes,
                                                                                      String message) {
        assumeFalse(Files.exists(Path.of("/etc/pulp/server.conf")), "this machine has an /etc/pulp/server.conf");
        Map<String, String> env = composeEnv("worker-1", "jpulp-worker");
        env.put("MSG_SERVICE_PASSWORD", SECRET);
        for (String change : changes) {
            if (change.startsWith("-")) {
                env.remove(change.substring(1));
            } else {
                env.put(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
            }
        }
        ScriptProcess p = run("worker", "worker", env);
        assertThat(p.exitValue()).as(p.output()).isEqualTo(3);
        assertThat(p.stdout()).as("the role never started").isEmpty();
        assertThat(p.stderr().lines().toList()).singleElement().asString().contains(" ERROR [entrypoint] jpulp-worker-entrypoint - ")
                .contains(message).doesNotContain(SECRET);
    }

    @Test
    void SERVICE_HOST_alone_names_both_the_database_and_the_broker() {
        Map<String, String> env = composeEnv("beat", "jpulp-beat");
        List.of("DB_SERVICE_HOST", "DB_SERVICE_PORT", "MSG_SERVICE_HOST", "MSG_SERVICE_PORT").forEach(env::remove);
        env.put("SERVICE_HOST", "pulp-infra");
        ScriptProcess p = run("beat", "beat", env);
        assertThat(p.exitValue()).as(p.output()).isZero();
        assertThat(p.stderr()).contains("database pulp-infra:27017").contains("broker pulp-infra:5672");
    }

    @Test
    void a_mounted_server_conf_alone_is_enough() throws IOException {
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.putAll(paths("jpulp-resource-manager"));
        env.put("PULP_SERVER_CONF", Files.writeString(dir.resolve("server.conf"), "[database]\nseeds: db:27017\n").toString());
        ScriptProcess p = run("resource-manager", "resource-manager", env);
        assertThat(p.exitValue()).as(p.output()).isZero();
        assertThat(p.stderr()).contains("database from " + dir.resolve("server.conf"));
    }

    @Test
    void secrets_can_come_from_files_and_never_reach_the_log() throws IOException {
        Map<String, String> env = composeEnv("rest-api", "jpulp-rest-api");
        env.remove("MSG_SERVICE_PASSWORD");
        env.put("MSG_SERVICE_PASSWORD_FILE", Files.writeString(dir.resolve("broker-password"), SECRET + "\n").toString());
        env.put("JPULP_DB_URI", "mongodb://pulp:" + SECRET + "@mongo:27017/pulp_database");
        ScriptProcess p = run("rest-api", "rest-api", env);
        assertThat(p.exitValue()).as(p.output()).isZero();
        Map<String, String> role = StubDist.report(p.stdout());
        assertThat(role).containsEntry("env:MSG_SERVICE_PASSWORD", SECRET).doesNotContainKey("env:MSG_SERVICE_PASSWORD_FILE");
        assertThat(p.stderr()).doesNotContain(SECRET).contains("database mongodb://pulp:***@mongo:27017/pulp_database (JPULP_DB_URI)");
    }

    @Test
    void the_role_replaces_the_shell_and_writes_group_readable_files() {
        ScriptProcess p = run("worker", "worker", composeEnv("worker-1", "jpulp-worker"));
        assertThat(p.exitValue()).as(p.output()).isZero();
        Map<String, String> role = StubDist.report(p.stdout());
        assertThat(role.get("pid")).as("exec: the role has the entrypoint's process id").isEqualTo(String.valueOf(p.pid()));
        assertThat(role.get("umask")).isEqualTo("0002");
    }

    @Test
    void the_writers_prepare_the_storage_tree_setgid_and_group_writable() throws IOException {
        ScriptProcess p = run("worker", "worker", composeEnv("worker-1", "jpulp-worker"));
        assertThat(p.exitValue()).as(p.output()).isZero();
        for (String d : List.of("content/units", "published/yum/http/repos", "published/yum/https/repos",
                "published/http/isos", "published/https/isos", "uploads")) {
            Path path = storage.resolve(d);
            assertThat(path).isDirectory();
            assertThat((Integer) Files.getAttribute(path, "unix:mode") & 07777).as(d).isEqualTo(02775);
        }
    }

    @Test
    void beat_and_the_resource_manager_do_not_need_the_content_volume() {
        for (String role : List.of("beat", "resource-manager")) {
            Map<String, String> env = composeEnv(role, Repo.executable(role));
            env.put("JPULP_STORAGE", "/nonexistent/pulp");
            ScriptProcess p = run(role, role, env);
            assertThat(p.exitValue()).as(p.output()).isZero();
        }
    }

    @Test
    void another_command_runs_instead_of_the_role_without_any_configuration() {
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.put("JPULP_LIB", Repo.LIB.toString());
        ScriptProcess p = run("worker", "worker", env, "echo", "debug shell");
        assertThat(p.exitValue()).as(p.output()).isZero();
        assertThat(p.stdout()).isEqualTo("debug shell\n");
        assertThat(p.stderr()).isEmpty();
    }

    @Test
    void check_is_passed_through_without_requiring_a_writable_volume() {
        Map<String, String> env = composeEnv("worker-2", "jpulp-worker");
        env.put("JPULP_STORAGE", "/nonexistent/pulp");
        ScriptProcess p = run("worker", "worker", env, "check", "--timeout", "3");
        assertThat(p.exitValue()).as(p.output()).isZero();
        assertThat(StubDist.report(p.stdout())).containsEntry("args", "check --timeout 3");
    }

    @Test
    void the_frontend_finds_the_rest_api_by_url_by_kubernetes_service_variables_or_by_compose_name() {
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.put("JPULP_LIB", Repo.LIB.toString());
        env.put("JPULP_STORAGE", storage.toString());
        env.put("JPULP_HTTPD_BIN", StubDist.create(dir.resolve("httpd"), "apache2").resolve("bin/apache2").toString());
        env.put("JPULP_HTTPD_CONF", Repo.IMAGES.resolve("frontend/httpd.conf").toString());
        env.put("JPULP_HTTPD_RUNDIR", dir.resolve("run").toString());

        ScriptProcess byName = run("frontend", "frontend", env);
        assertThat(byName.exitValue()).as(byName.output()).isZero();
        Map<String, String> httpd = StubDist.report(byName.stdout());
        assertThat(httpd).containsEntry("env:JPULP_REST_API_URL", "http://rest-api:8080")
                .containsEntry("env:JPULP_HTTPD_LISTEN", "8080").containsEntry("env:JPULP_HTTPD_SERVER_NAME", "localhost")
                .containsEntry("args", "-f " + Repo.IMAGES.resolve("frontend/httpd.conf") + " -DFOREGROUND")
                .containsEntry("pid", String.valueOf(byName.pid()));

        env.put("REST_API_SERVICE_HOST", "10.96.0.17");
        env.put("REST_API_SERVICE_PORT", "8080");
        env.put("PULP_SERVER_NAME", "pulp.example.com");
        ScriptProcess byService = run("frontend", "frontend", env);
        assertThat(StubDist.report(byService.stdout())).containsEntry("env:JPULP_REST_API_URL", "http://10.96.0.17:8080")
                .containsEntry("env:JPULP_HTTPD_SERVER_NAME", "pulp.example.com");

        env.put("JPULP_REST_API_URL", "http://api.internal:9000/");
        ScriptProcess byUrl = run("frontend", "frontend", env);
        assertThat(StubDist.report(byUrl.stdout())).containsEntry("env:JPULP_REST_API_URL", "http://api.internal:9000");

        env.put("JPULP_REST_API_URL", "rest-api:8080");
        ScriptProcess bad = run("frontend", "frontend", env);
        assertThat(bad.exitValue()).isEqualTo(3);
        assertThat(bad.stderr()).contains("JPULP_REST_API_URL must be an http:// or https:// URL");

        env.remove("JPULP_REST_API_URL");
        env.put("JPULP_HTTPD_LISTEN", "127.0.0.1:http");
        ScriptProcess badListen = run("frontend", "frontend", env);
        assertThat(badListen.exitValue()).isEqualTo(3);
        assertThat(badListen.stderr()).contains("JPULP_HTTPD_LISTEN must end in a port number");
    }

    @Test
    void the_broker_takes_its_credentials_from_the_environment_never_from_its_command_line() {
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.putAll(ComposeFileTest.environmentOf("broker"));
        env.put("MSG_SERVICE_PASSWORD", SECRET);
        env.put("JPULP_LIB", Repo.LIB.toString());
        env.put("JPULP_DIST", StubDist.create(dir.resolve("devstack"), "jpulp-devstack").toString());
        env.put("JPULP_BROKER_DATA", dir.resolve("qpid").toString());
        ScriptProcess p = run("broker", "broker", env);
        assertThat(p.exitValue()).as(p.output()).isZero();
        Map<String, String> broker = StubDist.report(p.stdout());
        assertThat(broker.get("args")).isEqualTo("broker --host 0.0.0.0 --port 5672 --data " + dir.resolve("qpid"))
                .doesNotContain(SECRET);
        assertThat(broker).containsEntry("env:MSG_SERVICE_PASSWORD", SECRET).containsEntry("umask", "0077")
                .containsEntry("pid", String.valueOf(p.pid()));
        assertThat(p.stderr()).doesNotContain(SECRET);

        env.remove("MSG_SERVICE_USER");
        ScriptProcess noUser = run("broker", "broker", env);
        assertThat(noUser.exitValue()).isEqualTo(3);
        assertThat(noUser.stderr()).contains("MSG_SERVICE_USER must name the broker's user");
    }

    @Test
    void the_healthcheck_runs_the_roles_check_with_a_small_heap_and_the_same_environment_preparation() throws IOException {
        Map<String, String> env = composeEnv("worker-1", "jpulp-worker");
        env.remove("MSG_SERVICE_PASSWORD");
        env.put("MSG_SERVICE_PASSWORD_FILE", Files.writeString(dir.resolve("pw"), SECRET).toString());
        env.put("JPULP_EXECUTABLE", "jpulp-worker");
        ScriptProcess p = ScriptProcess.run("healthcheck", dir.resolve("logs"), Repo.healthcheck(), env, QUICK);
        assertThat(p.exitValue()).as(p.output()).isZero();
        assertThat(StubDist.report(p.stdout())).containsEntry("args", "check --timeout 5")
                .containsEntry("env:MSG_SERVICE_PASSWORD", SECRET)
                .containsEntry("env:JPULP_JAVA_OPTS", "-Xmx64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        assertThat(p.stderr()).isEmpty();
    }

    @Test
    void the_healthcheck_probes_http_tcp_and_the_process() throws Exception {
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.put("JPULP_LIB", Repo.LIB.toString());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pulp/api/v2/status/", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/broken/", x -> {
            x.sendResponseHeaders(503, -1);
            x.close();
        });
        server.start();
        try {
            env.put("JPULP_REST__PORT", String.valueOf(server.getAddress().getPort()));
            assertThat(health(env, "--http", "/pulp/api/v2/status/").exitValue()).isZero();
            assertThat(health(env, "--http", "/broken/").exitValue()).isNotZero();
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                assertThat(health(env, "--tcp", String.valueOf(socket.getLocalPort())).exitValue()).isZero();
            }
        } finally {
            server.stop(0);
        }
        assertThat(health(env, "--tcp", "1").exitValue()).as("nothing listens on port 1").isNotZero();

        env.put("JPULP_HEALTHCHECK_PID", String.valueOf(ProcessHandle.current().pid()));
        assertThat(health(env, "--process").exitValue()).as("this test's JVM").isZero();
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            env.put("JPULP_HEALTHCHECK_PID", String.valueOf(sleeper.pid()));
            ScriptProcess notJava = health(env, "--process");
            assertThat(notJava.exitValue()).isEqualTo(1);
            assertThat(notJava.stderr()).contains("is not a JVM");
        } finally {
            sleeper.destroyForcibly();
        }
        assertThat(health(env, "--bogus").exitValue()).isEqualTo(2);
    }

    private ScriptProcess health(Map<String, String> env, String... args) {
        return ScriptProcess.run("healthcheck", dir.resolve("logs"), Repo.healthcheck(), env, QUICK, args);
    }

    @Test
    void every_script_is_posix_sh_and_shellcheck_clean() throws Exception {
        List<Path> scripts = scripts();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(8);
        for (Path script : scripts) {
            Process syntax = new ProcessBuilder("sh", "-n", script.toString()).redirectErrorStream(true).start();
            String out = new String(syntax.getInputStream().readAllBytes());
            assertThat(syntax.waitFor()).as(script + " parses with sh -n:\n" + out).isZero();
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/shellcheck")), "shellcheck is not installed (Debian package shellcheck)");
        List<String> command = new ArrayList<>(List.of("shellcheck", "-x", "-s", "sh"));
        scripts.forEach(s -> command.add(Repo.ROOT.relativize(s).toString()));
        Process check = new ProcessBuilder(command).directory(Repo.ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as("shellcheck:\n" + out).isZero();
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(Repo.IMAGES)) {
            return files.filter(p -> p.toString().endsWith(".sh") && !p.toString().contains("/target/")).sorted().toList();
        }
    }
}
