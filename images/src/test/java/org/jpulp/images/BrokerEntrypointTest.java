package org.jpulp.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker image's entrypoint runs `jpulp-devstack broker` (Qpid Broker-J) outside a container: a role's check
 * logs in with the variables compose gives both sides, a wrong password is refused, no secret shows on the command
 * line or in the output or to other users in the store, and SIGTERM stops it with status 0.
 */
class BrokerEntrypointTest {

    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void runs_broker_j_with_the_credentials_the_roles_log_in_with() throws Exception {
        String password = "broker-" + UUID.randomUUID();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path store = dir.resolve("qpid");
        Map<String, String> env = ScriptProcess.containerEnvironment();
        env.putAll(ComposeFileTest.environmentOf("broker"));
        env.put("MSG_SERVICE_PASSWORD", password);
        env.put("JPULP_LIB", Repo.LIB.toString());
        env.put("JPULP_DIST", Repo.dist("devstack").toString());
        env.put("JPULP_BROKER_HOST", "127.0.0.1");
        env.put("JPULP_BROKER_PORT", String.valueOf(port));
        env.put("JPULP_BROKER_DATA", store.toString());
        env.put("JPULP_JAVA_OPTS", "-Xmx192m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");

        try (EmbeddedMongo mongo = new EmbeddedMongo();
             ScriptProcess broker = ScriptProcess.start("broker", dir.resolve("logs"), Repo.entrypoint("broker"), env)) {
            broker.awaitOutput("broker ready amqp://127.0.0.1:" + port, START);
            String commandLine = Files.readString(Path.of("/proc/" + broker.pid() + "/cmdline")).replace('\0', ' ');
            assertThat(commandLine).as("the broker runs as the entrypoint's process").contains("org.jpulp.devstack.DevStackMain broker")
                    .doesNotContain(password);
            try (Stream<Path> files = Files.walk(store)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat((Integer) Files.getAttribute(f, "unix:mode") & 077).as(f + " is private").isZero();
                }
            }

            Map<String, String> role = ScriptProcess.containerEnvironment();
            role.putAll(ComposeFileTest.environmentOf("beat"));
            role.put("DB_SERVICE_HOST", "127.0.0.1");
            role.put("DB_SERVICE_PORT", String.valueOf(mongo.port()));
            role.put("MSG_SERVICE_HOST", "127.0.0.1");
            role.put("MSG_SERVICE_PORT", String.valueOf(port));
            role.put("MSG_SERVICE_PASSWORD", password);
            role.put("JPULP_LIB", Repo.LIB.toString());
            role.put("JPULP_DIST", Repo.dist("beat").toString());
            role.put("JPULP_EXECUTABLE", "jpulp-beat");
            ScriptProcess check = ScriptProcess.run("check", dir.resolve("logs"), Repo.healthcheck(), role, START);
            assertThat(check.exitValue()).as(check.output()).isZero();
            assertThat(check.stdout()).contains("broker: OK");

            role.put("MSG_SERVICE_PASSWORD", "not-" + password);
            ScriptProcess refused = ScriptProcess.run("refused", dir.resolve("logs"), Repo.healthcheck(), role, START);
            assertThat(refused.exitValue()).as(refused.output()).isEqualTo(5);
            assertThat(refused.stdout()).contains("broker: FAILED");

            assertThat(ScriptProcess.run("tcp", dir.resolve("logs"), Repo.healthcheck(), env, START, "--tcp",
                    String.valueOf(port)).exitValue()).isZero();

            broker.terminate();
            assertThat(broker.awaitExit(Duration.ofSeconds(30))).as(broker.output()).isZero();
            assertThat(broker.output()).doesNotContain(password);
            assertThat(broker.stderr().lines()).singleElement().asString().contains("INFO  [entrypoint] jpulp-broker-entrypoint - AMQP 1.0 on 127.0.0.1:" + port);
        }
        assertThat(Files.readString(dir.resolve("logs/check.out"), StandardCharsets.UTF_8)).doesNotContain(password);
    }

}
