package org.jpulp.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * Builds the images from the Dockerfiles and the built distributions and runs a deployment of them the way compose
 * does (same service names, same environment): MongoDB, the broker, beat, a worker, the REST API and the frontend
 * sharing a content volume. Where no Docker engine runs, the class is skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerImagesTest {

    private static final Duration START = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tag = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<GenericContainer<?>> containers = new ArrayList<>();

    @Test
    void the_images_run_a_deployment_that_serves_status_and_content_through_the_frontend_and_stop_on_sigterm()
            throws Exception {
        String base = build("base", Map.of());
        Map<String, String> fromBase = Map.of("BASE_IMAGE", base);
        String brokerImage = build("broker", fromBase);
        String beatImage = build("beat", fromBase);
        String workerImage = build("worker", fromBase);
        String restImage = build("rest-api", fromBase);
        String frontendImage = build("frontend", Map.of());
        String volume = "jpulp-content-" + tag;
        DockerClient docker = DockerClientFactory.instance().client();

        try (Network network = Network.newNetwork()) {
            add(new GenericContainer<>(DockerImageName.parse(Repo.MONGO_IMAGE)), network, "mongo", Map.of())
                    .waitingFor(Wait.forLogMessage("(?s).*Waiting for connections.*", 1));
            GenericContainer<?> broker = add(container(brokerImage), network, "broker", ComposeFileTest.environmentOf("broker"))
                    .waitingFor(Wait.forHealthcheck().withStartupTimeout(START));
            startAll();
            GenericContainer<?> beat = add(container(beatImage), network, "beat", ComposeFileTest.environmentOf("beat"))
                    .waitingFor(Wait.forLogMessage("(?s).* is running.*", 1).withStartupTimeout(START));
            GenericContainer<?> worker = add(container(workerImage), network, "worker-1", ComposeFileTest.environmentOf("worker-1"))
                    .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                            .withBinds(new Bind(volume, new Volume("/var/lib/pulp"))))
                    .waitingFor(Wait.forLogMessage("(?s).* is running.*", 1).withStartupTimeout(START));
            GenericContainer<?> rest = add(container(restImage), network, "rest-api", ComposeFileTest.environmentOf("rest-api"))
                    .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                            .withBinds(new Bind(volume, new Volume("/var/lib/pulp"))))
                    .withExposedPorts(8080)
                    .waitingFor(Wait.forHttp("/pulp/api/v2/status/").forPort(8080).withStartupTimeout(START));
            GenericContainer<?> frontend = add(container(frontendImage), network, "frontend", ComposeFileTest.environmentOf("frontend"))
                    .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                            .withBinds(new Bind(volume, new Volume("/var/lib/pulp"), AccessMode.ro)))
                    .withExposedPorts(8080)
                    .waitingFor(Wait.forHttp("/healthz").forPort(8080).forStatusCode(204));
            startAll();

            // the role is PID 1, as the pulp user; the volume is the pulp group's and setgid
            for (GenericContainer<?> c : List.of(beat, worker, rest)) {
                assertThat(c.execInContainer("id", "-u").getStdout().strip()).isEqualTo("48");
                assertThat(c.execInContainer("cat", "/proc/1/cmdline").getStdout()).contains("java");
            }
            assertThat(worker.execInContainer("stat", "-c", "%a %U %G", "/var/lib/pulp/published/http/isos").getStdout().strip())
                    .isEqualTo("2775 pulp pulp");
            ExecResult check = worker.execInContainer("jpulp-healthcheck");
            assertThat(check.getExitCode()).as(check.getStdout() + check.getStderr()).isZero();
            assertThat(check.getStdout()).contains("database: OK", "broker: OK");

            // what a worker writes on the shared volume, the frontend serves
            ExecResult write = worker.execInContainer("sh", "-c", "umask 0002 && mkdir -p /var/lib/pulp/published/http/isos/demo"
                    + " && printf 'hello from a worker' > /var/lib/pulp/published/http/isos/demo/hello.txt");
            assertThat(write.getExitCode()).as(write.getStderr()).isZero();
            HttpClient http = HttpClient.newHttpClient();
            String front = "http://" + frontend.getHost() + ":" + frontend.getMappedPort(8080);
            assertThat(get(http, front + "/pulp/isos/demo/hello.txt").body()).isEqualTo("hello from a worker");

            await("beat and the worker in /status/ through the frontend").atMost(START).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> {
                        JsonNode status = JSON.readTree(get(http, front + "/pulp/api/v2/status/").body());
                        List<String> names = new ArrayList<>();
                        status.path("known_workers").forEach(w -> names.add(w.path("_id").asText()));
                        return names.contains("scheduler@beat") && names.contains("reserved_resource_worker-1@worker-1");
                    });
            await("the rest-api's own HEALTHCHECK").atMost(START).pollInterval(Duration.ofSeconds(2)).until(() ->
                    "healthy".equals(docker.inspectContainerCmd(rest.getContainerId()).exec().getState().getHealth().getStatus()));

            // `docker stop` sends SIGTERM to PID 1: every process stops cleanly
            for (GenericContainer<?> c : List.of(frontend, rest, worker, beat, broker)) {
                docker.stopContainerCmd(c.getContainerId()).withTimeout(60).exec();
                Long exit = docker.inspectContainerCmd(c.getContainerId()).exec().getState().getExitCodeLong();
                assertThat(exit).as(c.getDockerImageName() + " exit status\n" + c.getLogs()).isZero();
            }
        } finally {
            containers.forEach(GenericContainer::stop);
            docker.removeVolumeCmd(volume).exec();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Builds images/<image>/Dockerfile with exactly the files it copies, the repository root as context. The
     * Dockerfile is named by its path in that context; withDockerfile(Path), the suggested replacement, would make
     * the Dockerfile's own directory the context.
     */
    @SuppressWarnings("deprecation")
    private String build(String image, Map<String, String> args) {
        ImageFromDockerfile build = new ImageFromDockerfile("jpulp-test/" + image + ":" + tag, true)
                .withDockerfilePath("images/" + image + "/Dockerfile")
                .withFileFromPath("images/" + image + "/Dockerfile", Repo.dockerfile(image));
        for (Map.Entry<String, String> copy : Dockerfile.parse(Repo.dockerfile(image)).copies()) {
            build.withFileFromPath(copy.getKey(), Repo.ROOT.resolve(copy.getKey()));
        }
        args.forEach(build::withBuildArg);
        return build.get();
    }

    private static GenericContainer<?> container(String image) {
        return new GenericContainer<>(DockerImageName.parse(image));
    }

    /** A container on the network under its compose service name, which is also its host name. */
    private GenericContainer<?> add(GenericContainer<?> c, Network network, String alias, Map<String, String> env) {
        c.withNetwork(network).withNetworkAliases(alias).withEnv(env).withCreateContainerCmdModifier(cmd -> cmd.withHostName(alias));
        containers.add(c);
        return c;
    }

    /** Starts, in order, the containers added since the last call. */
    private void startAll() {
        containers.stream().filter(c -> !c.isCreated()).forEach(GenericContainer::start);
    }
}
