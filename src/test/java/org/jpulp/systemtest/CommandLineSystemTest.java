package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}, {@code check} and {@code --help} of the built launchers, and their exit statuses. */
class CommandLineSystemTest {

    private static EmbeddedInfrastructure infra;

    @TempDir
    Path dir;

    @BeforeAll
    static void startInfrastructure() {
        infra = new EmbeddedInfrastructure();
    }

    @AfterAll
    static void stopInfrastructure() {
        infra.close();
    }

    private final java.util.List<RoleProcess> launched = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void killLeftovers() {
        launched.forEach(RoleProcess::close);
    }

    private RoleProcess launch(Path launcher, String... args) {
        RoleProcess p = RoleProcess.start("cli-" + launched.size(), dir.resolve("logs"), Map.of(), launcher, args);
        launched.add(p);
        return p;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void help_lists_the_subcommands_and_exit_codes() {
        RoleProcess p = launch(Executables.worker(), "--help");

        assertThat(p.awaitExit(Duration.ofSeconds(30))).isZero();
        assertThat(p.output()).contains("jpulp-worker", "run", "check")
                .containsPattern("3\\s+invalid configuration").containsPattern("4\\s+database unreachable");
        RoleProcess run = launch(Executables.worker(), "run", "--help");
        assertThat(run.awaitExit(Duration.ofSeconds(30))).isZero();
        assertThat(run.output()).contains("--config", "--set", "--index");
    }

    @Test
    void check_passes_against_reachable_infrastructure() {
        RoleProcess p = launch(Executables.beat(), "check", "--config", infra.serverConf(dir, "").toString());

        assertThat(p.awaitExit(Duration.ofSeconds(60))).as(p.output()).isZero();
        assertThat(p.output()).contains("configuration: OK", "database: OK", "broker: OK");
    }

    @Test
    void check_exit_status_says_which_part_failed() throws IOException {
        Path conf = infra.serverConf(dir, "");

        RoleProcess badConfig = launch(Executables.resourceManager(), "check", "--config", conf.toString(),
                "--set", "tasks.worker_timeout=never");
        assertThat(badConfig.awaitExit(Duration.ofSeconds(30))).isEqualTo(3);
        assertThat(badConfig.output()).contains("[tasks] worker_timeout from command line --set tasks.worker_timeout"
                + " is 'never'");

        RoleProcess noDatabase = launch(Executables.resourceManager(), "check", "--timeout", "1", "--config",
                conf.toString(), "--set", "database.seeds=127.0.0.1:" + closedPort());
        assertThat(noDatabase.awaitExit(Duration.ofSeconds(30))).as(noDatabase.output()).isEqualTo(4);
        assertThat(noDatabase.output()).contains("database: FAILED");

        RoleProcess noBroker = launch(Executables.resourceManager(), "check", "--timeout", "1", "--config",
                conf.toString(), "--set", "tasks.broker_url=amqp://127.0.0.1:" + closedPort());
        assertThat(noBroker.awaitExit(Duration.ofSeconds(30))).as(noBroker.output()).isEqualTo(5);
        assertThat(noBroker.output()).contains("database: OK", "broker: FAILED");
    }

    @Test
    void run_gives_up_on_an_absent_database_with_one_clear_line() throws IOException {
        Path conf = infra.serverConf(dir, "");
        int port = closedPort();

        RoleProcess p = launch(Executables.worker(), "run", "--config", conf.toString(), "--set",
                "database.seeds=127.0.0.1:" + port, "--set", "database.startup_tries=3", "--set",
                "database.startup_interval=0.2");

        assertThat(p.awaitExit(Duration.ofSeconds(60))).as(p.output()).isEqualTo(4);
        assertThat(p.output()).containsPattern("ERROR .*127\\.0\\.0\\.1:" + port + ".*3 tries")
                .doesNotContain("\tat ");
    }

    @Test
    void unknown_setting_in_the_file_stops_run_naming_it() throws IOException {
        Path conf = Files.writeString(dir.resolve("bad.conf"), "[tasks]\nworker_timout: 10\n");

        RoleProcess p = launch(Executables.worker(), "run", "--config", conf.toString());

        assertThat(p.awaitExit(Duration.ofSeconds(30))).isEqualTo(3);
        assertThat(p.output()).contains("unknown setting [tasks] worker_timout in " + conf + " line 2",
                "did you mean [tasks] worker_timeout?");
    }

    @Test
    void sigterm_while_waiting_for_the_database_exits_0() throws IOException {
        Path conf = infra.serverConf(dir, "");
        RoleProcess p = launch(Executables.beat(), "run", "--config", conf.toString(), "--set",
                "database.seeds=127.0.0.1:" + closedPort(), "--set", "database.startup_tries=1000");
        p.awaitOutput("did not answer", Duration.ofSeconds(60));

        p.terminate();

        assertThat(p.awaitExit(Duration.ofSeconds(20))).as(p.output()).isZero();
    }

    @Test
    void a_role_waits_for_the_schema_and_gives_up_clearly_without_beat() {
        Path conf = infra.serverConf(dir, "[server]\nschema_wait: 1\n[database]\nname: no_beat_here\n");

        RoleProcess p = launch(Executables.worker(), "run", "--config", conf.toString());

        assertThat(p.awaitExit(Duration.ofSeconds(60))).as(p.output()).isEqualTo(6);
        assertThat(p.output()).contains("jpulp-beat");
    }
}
