package org.jpulp.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.config.LoadedConfig;
import org.junit.jupiter.api.Test;

/** images/docker-compose.yml: structure, and agreement with the Dockerfiles and with what the roles read. */
class ComposeFileTest {

    private static final JsonNode COMPOSE = Yaml.document(Repo.COMPOSE_FILE);
    private static final JsonNode SERVICES = COMPOSE.path("services");
    private static final List<String> JVM_ROLE_SERVICES = List.of("beat", "resource-manager", "worker-1", "worker-2", "rest-api");

    /** compose service → the image (directory under images/) it is built from. */
    private static String imageOf(String service) {
        return service.startsWith("worker-") ? "worker" : service;
    }

    private static JsonNode service(String name) {
        JsonNode s = SERVICES.path(name);
        assertThat(s.isObject()).as("service " + name).isTrue();
        return s;
    }

    @Test
    void has_every_part_of_a_deployment() {
        List<String> names = new ArrayList<>();
        SERVICES.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("base", "mongo", "broker", "beat", "resource-manager", "worker-1",
                "worker-2", "rest-api", "frontend");
        assertThat(COMPOSE.path("name").asText()).isEqualTo("jpulp");
        assertThat(COMPOSE.path("volumes").has("content")).isTrue();
        // the base image is built for the others and never run
        assertThat(service("base").path("deploy").path("replicas").asInt(-1)).isZero();
    }

    @Test
    void builds_each_image_from_its_dockerfile_with_the_repository_as_context_and_tags_it_with_the_version() {
        for (String name : List.of("base", "broker", "beat", "resource-manager", "worker-1", "worker-2", "rest-api", "frontend")) {
            JsonNode s = service(name);
            String image = imageOf(name);
            JsonNode build = s.path("build");
            Path context = Repo.IMAGES.resolve(build.path("context").asText()).normalize();
            assertThat(context).as(name + " build context").isEqualTo(Repo.ROOT);
            assertThat(context.resolve(build.path("dockerfile").asText())).as(name + " dockerfile").isEqualTo(Repo.dockerfile(image));
            assertThat(Yaml.interpolate(s.path("image").asText())).as(name + " image").isEqualTo("jpulp/" + image + ":" + Repo.VERSION);
            assertThat(s.path("pull_policy").asText()).as(name + ": never pulled from a registry").isEqualTo("build");
            Dockerfile df = Dockerfile.parse(Repo.dockerfile(image));
            if ("${BASE_IMAGE}".equals(df.baseImageAsWritten())) {
                // compose builds the base first and hands it over as a named context
                assertThat(build.path("additional_contexts").path("jpulp-base").asText()).as(name).isEqualTo("service:base");
                assertThat(build.path("args").path("BASE_IMAGE").asText()).as(name).isEqualTo("jpulp-base");
            } else {
                assertThat(build.has("additional_contexts")).as(name).isFalse();
            }
        }
        assertThat(service("mongo").path("image").asText()).isEqualTo(Repo.MONGO_IMAGE);
    }

    @Test
    void healthchecks_are_those_of_the_images() {
        for (String name : List.of("broker", "beat", "resource-manager", "worker-1", "worker-2", "rest-api", "frontend")) {
            JsonNode health = service(name).path("healthcheck");
            List<String> test = Yaml.strings(health.path("test"));
            Dockerfile.Healthcheck image = ImageDefinitionsTest.healthcheckOf(imageOf(name)).orElseThrow();
            assertThat(test.get(0)).isEqualTo("CMD");
            assertThat(test.subList(1, test.size())).as(name + " healthcheck").isEqualTo(image.command());
            assertThat(health.path("interval").asText()).as(name).isEqualTo(image.options().get("interval"));
            assertThat(health.path("timeout").asText()).as(name).isEqualTo(image.options().get("timeout"));
            assertThat(health.path("start_period").asText()).as(name).isEqualTo(image.options().get("start-period"));
            assertThat(health.path("retries").asText()).as(name).isEqualTo(image.options().get("retries"));
        }
        assertThat(Yaml.strings(service("mongo").path("healthcheck").path("test"))).startsWith("CMD", "mongosh");
    }

    @Test
    void roles_start_after_healthy_infrastructure_and_the_frontend_after_the_rest_api() {
        for (String name : JVM_ROLE_SERVICES) {
            JsonNode deps = service(name).path("depends_on");
            assertThat(deps.path("mongo").path("condition").asText()).as(name).isEqualTo("service_healthy");
            assertThat(deps.path("broker").path("condition").asText()).as(name).isEqualTo("service_healthy");
            if (!name.equals("beat")) {
                assertThat(deps.path("beat").path("condition").asText()).as(name).isEqualTo("service_started");
            }
        }
        assertThat(service("frontend").path("depends_on").path("rest-api").path("condition").asText()).isEqualTo("service_started");
        SERVICES.forEach(s -> s.path("depends_on").forEach(d -> assertThat(d.path("condition").asText())
                .isIn("service_started", "service_healthy", "service_completed_successfully")));
    }

    @Test
    void the_content_volume_is_shared_at_the_images_volume_path_and_read_only_for_the_frontend() {
        for (String name : List.of("worker-1", "worker-2", "rest-api", "frontend")) {
            List<String> volumes = Yaml.strings(service(name).path("volumes"));
            String path = Dockerfile.parse(Repo.dockerfile(imageOf(name))).volumes().get(0);
            assertThat(volumes).as(name).containsExactly("content:" + path + (name.equals("frontend") ? ":ro" : ""));
        }
        for (String name : List.of("beat", "resource-manager")) {
            assertThat(service(name).has("volumes")).as(name + " does not use the content tree").isFalse();
        }
        String brokerStore = Dockerfile.parse(Repo.dockerfile("broker")).volumes().get(0);
        assertThat(Yaml.strings(service("broker").path("volumes"))).containsExactly("broker-data:" + brokerStore);
        assertThat(Yaml.strings(service("mongo").path("volumes"))).containsExactly("mongo-data:/data/db");
    }

    @Test
    void ports_and_addresses_agree_with_the_images() {
        int frontendPort = Dockerfile.parse(Repo.dockerfile("frontend")).exposedPorts().get(0);
        assertThat(Yaml.strings(service("frontend").path("ports")).stream().map(Yaml::interpolate))
                .containsExactly("8080:" + frontendPort);
        int restPort = Dockerfile.parse(Repo.dockerfile("rest-api")).exposedPorts().get(0);
        assertThat(Yaml.strings(service("rest-api").path("expose"))).containsExactly(String.valueOf(restPort));
        assertThat(Yaml.composeEnvironment(service("frontend"))).containsEntry("JPULP_REST_API_URL", "http://rest-api:" + restPort);
        int amqp = Dockerfile.parse(Repo.dockerfile("broker")).exposedPorts().get(0);
        for (String name : JVM_ROLE_SERVICES) {
            Map<String, String> env = Yaml.composeEnvironment(service(name));
            assertThat(env).as(name).containsEntry("DB_SERVICE_HOST", "mongo").containsEntry("DB_SERVICE_PORT", "27017")
                    .containsEntry("MSG_SERVICE_HOST", "broker").containsEntry("MSG_SERVICE_PORT", String.valueOf(amqp))
                    .containsKey("PULP_SERVER_NAME");
            // the roles log in as the broker's one user
            Map<String, String> broker = Yaml.composeEnvironment(service("broker"));
            assertThat(env.get("MSG_SERVICE_USER")).as(name).isEqualTo(broker.get("MSG_SERVICE_USER"));
            assertThat(env.get("MSG_SERVICE_PASSWORD")).as(name).isEqualTo(broker.get("MSG_SERVICE_PASSWORD"));
            assertThat(service(name).path("environment").path("MSG_SERVICE_PASSWORD").asText())
                    .isEqualTo(service("broker").path("environment").path("MSG_SERVICE_PASSWORD").asText());
        }
    }

    @Test
    void the_two_workers_have_distinct_fixed_identities() {
        for (int n = 1; n <= 2; n++) {
            JsonNode worker = service("worker-" + n);
            assertThat(worker.path("hostname").asText()).isEqualTo("worker-" + n);
            assertThat(Yaml.composeEnvironment(worker)).containsEntry("JPULP_WORKER_INDEX", String.valueOf(n));
            assertThat(worker.path("stop_grace_period").asText()).isEqualTo("60s");
        }
    }

    @Test
    void every_variable_set_is_read_by_something_and_each_role_gets_a_valid_configuration() {
        SERVICES.properties().forEach(e -> Yaml.composeEnvironment(e.getValue()).keySet().forEach(var ->
                assertThat(RoleConfigs.isRead(var)).as(e.getKey() + ": nothing reads " + var).isTrue()));
        for (String name : JVM_ROLE_SERVICES) {
            Map<String, String> imageEnv = Dockerfile.parse(Repo.dockerfile("base")).env();
            LoadedConfig loaded = RoleConfigs.load(imageEnv, Yaml.composeEnvironment(service(name)), Optional.empty());
            assertThat(loaded.warnings()).as(name).isEmpty();
            JpulpConfig config = loaded.config();
            assertThat(config.database().seeds()).as(name).hasToString("[mongo:27017]");
            assertThat(config.broker().amqpUri()).as(name).isEqualTo("amqp://broker:5672");
            assertThat(config.broker().user()).as(name).isEqualTo("jpulp");
            assertThat(config.server().storageDir()).as(name).hasToString("/var/lib/pulp");
            assertThat(config.server().serverName()).as(name).isEqualTo("localhost");
            assertThat(config.rest().port()).as(name).isEqualTo(8080);
        }
        LoadedConfig beat = RoleConfigs.load(Map.of(), Yaml.composeEnvironment(service("beat")), Optional.empty());
        assertThat(beat.config().server().defaultPassword()).isEqualTo("admin");
        assertThat(Set.of("base", "mongo")).allMatch(n -> Yaml.composeEnvironment(service(n)).isEmpty());
    }

    /** The interpolated environment compose gives a service (used by the entrypoint tests too). */
    static Map<String, String> environmentOf(String service) {
        return Yaml.composeEnvironment(service(service));
    }
}
