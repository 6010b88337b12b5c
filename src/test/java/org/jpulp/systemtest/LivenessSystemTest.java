package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four executables as real processes against the embedded infrastructure: both workers show in /status/,
 * a worker killed with SIGKILL leaves after the heartbeat timeout, and SIGTERM stops every other process with
 * exit status 0.
 */
class LivenessSystemTest {

    @TempDir
    Path dir;

    private final EmbeddedInfrastructure infra = new EmbeddedInfrastructure();
    private final List<RoleProcess> processes = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        processes.forEach(RoleProcess::close);
        infra.close();
    }

    private RoleProcess start(String name, Path launcher, Path conf, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--config", conf.toString()));
        args.addAll(List.of(extra));
        RoleProcess p = RoleProcess.start(name, dir.resolve("logs"), Map.of(), launcher, args.toArray(String[]::new));
        processes.add(p);
        return p;
    }

    @Test
    void killed_worker_leaves_status_after_heartbeat_timeout_and_sigterm_stops_the_rest_with_exit_0() throws Exception {
        Path conf = infra.serverConf(dir, "[tasks]\nworker_timeout: 5\n");
        RoleProcess restApi = start("rest-api", Executables.restApi(), conf);
        RoleProcess worker1 = start("worker-1", Executables.worker(), conf, "--index", "1");
        RoleProcess worker2 = start("worker-2", Executables.worker(), conf, "--index", "2");
        RoleProcess resourceManager = start("resource-manager", Executables.resourceManager(), conf);
        RoleProcess beat = start("beat", Executables.beat(), conf);
        StatusClient client = StatusClient.of(restApi);

        await("all roles in /status/").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.knownWorkers().size() == 4);
        List<String> names = client.knownWorkers();
        assertThat(names).anyMatch(n -> n.startsWith("scheduler@")).anyMatch(n -> n.startsWith("resource_manager@"))
                .anyMatch(n -> n.startsWith("reserved_resource_worker-1@"))
                .anyMatch(n -> n.startsWith("reserved_resource_worker-2@"));
        JsonNode status = client.status();
        assertThat(status.path("database_connection").path("connected").asBoolean()).isTrue();
        assertThat(status.path("messaging_connection").path("connected").asBoolean()).isTrue();

        worker2.kill();
        assertThat(worker2.awaitExit(Duration.ofSeconds(10))).isEqualTo(137);
        await("killed worker to leave /status/").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.knownWorkers().stream().noneMatch(n -> n.startsWith("reserved_resource_worker-2@")));
        assertThat(client.knownWorkers()).anyMatch(n -> n.startsWith("reserved_resource_worker-1@"));
        beat.awaitOutput("reserved_resource_worker-2@", Duration.ofSeconds(10));
        assertThat(beat.output()).containsPattern("reserved_resource_worker-2@\\S+ is lost: no heartbeat since");

        for (RoleProcess p : List.of(restApi, worker1, resourceManager, beat)) {
            p.terminate();
        }
        for (RoleProcess p : List.of(restApi, worker1, resourceManager, beat)) {
            assertThat(p.awaitExit(Duration.ofSeconds(30))).as(p.name() + " exit status\n" + p.output()).isZero();
        }
        assertThat(beat.output()).as("beat logged no stack trace").doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(");
    }
}
