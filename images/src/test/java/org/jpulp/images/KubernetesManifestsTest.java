package org.jpulp.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.config.LoadedConfig;
import org.junit.jupiter.api.Test;

/** images/kubernetes/: structure, references between the objects, and agreement with the images and compose. */
class KubernetesManifestsTest {

    private static final Map<String, JsonNode> OBJECTS = load();
    private static final List<String> JVM_ROLES = List.of("beat", "resource-manager", "worker", "rest-api");
    private static final String STORAGE = "/var/lib/pulp";

    private static Map<String, JsonNode> load() {
        Map<String, JsonNode> objects = new LinkedHashMap<>();
        for (Path file : Repo.kubernetesManifests()) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            for (JsonNode doc : Yaml.documents(file)) {
                String key = doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
                if (objects.put(key, doc) != null) {
                    throw new IllegalStateException("two objects " + key);
                }
            }
        }
        return objects;
    }

    private static JsonNode object(String kind, String name) {
        JsonNode o = OBJECTS.get(kind + "/" + name);
        assertThat(o).as(kind + "/" + name).isNotNull();
        return o;
    }

    private static List<JsonNode> workloads() {
        return OBJECTS.values().stream().filter(o -> Set.of("Deployment", "StatefulSet").contains(o.path("kind").asText()))
                .toList();
    }

    private static JsonNode workloadOf(String role) {
        return role.equals("worker") ? object("StatefulSet", "worker") : object("Deployment", role);
    }

    private static JsonNode container(JsonNode workload) {
        JsonNode containers = workload.path("spec").path("template").path("spec").path("containers");
        assertThat(containers.size()).as(name(workload) + " has one container").isEqualTo(1);
        return containers.get(0);
    }

    private static String name(JsonNode o) {
        return o.path("kind").asText() + "/" + o.path("metadata").path("name").asText();
    }

    @Test
    void kustomization_lists_every_manifest_and_every_jpulp_image() {
        JsonNode k = Yaml.document(Repo.KUBERNETES.resolve("kustomization.yaml"));
        assertThat(k.path("kind").asText()).isEqualTo("Kustomization");
        Set<String> files = Repo.kubernetesManifests().stream().map(p -> p.getFileName().toString())
                .filter(f -> !f.equals("kustomization.yaml")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(Yaml.strings(k.path("resources")))).isEqualTo(files);
        Map<String, String> tags = new HashMap<>();
        k.path("images").forEach(i -> tags.put(i.path("name").asText(), i.path("newTag").asText()));
        Set<String> used = workloads().stream().map(w -> container(w).path("image").asText())
                .filter(i -> i.startsWith("jpulp/")).map(i -> i.substring(0, i.indexOf(':'))).collect(Collectors.toSet());
        assertThat(tags.keySet()).isEqualTo(used);
        assertThat(tags.values()).containsOnly(Repo.VERSION);
    }

    @Test
    void every_object_is_complete_and_labelled() {
        assertThat(OBJECTS.keySet()).contains("ConfigMap/jpulp-server-conf", "ConfigMap/jpulp-env", "Secret/jpulp-credentials",
                "PersistentVolumeClaim/jpulp-content", "StatefulSet/db", "Service/db", "StatefulSet/msg", "Service/msg",
                "Deployment/beat", "Deployment/resource-manager", "StatefulSet/worker", "Service/worker",
                "Deployment/rest-api", "Service/rest-api", "Deployment/frontend", "Service/frontend",
                "NetworkPolicy/jpulp-infrastructure");
        OBJECTS.forEach((key, o) -> {
            assertThat(o.path("apiVersion").asText()).as(key).isNotEmpty();
            assertThat(o.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText()).as(key).isEqualTo("jpulp");
        });
    }

    @Test
    void workloads_select_their_pods_and_every_container_has_probes_resources_and_a_locked_down_context() {
        for (JsonNode w : workloads()) {
            String n = name(w);
            JsonNode spec = w.path("spec");
            JsonNode podLabels = spec.path("template").path("metadata").path("labels");
            spec.path("selector").path("matchLabels").properties().forEach(e ->
                    assertThat(podLabels.path(e.getKey()).asText()).as(n + " selector " + e.getKey()).isEqualTo(e.getValue().asText()));
            JsonNode pod = spec.path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(n).isTrue();
            JsonNode c = container(w);
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                assertThat(c.path(probe).isObject()).as(n + " " + probe).isTrue();
                JsonNode port = c.path(probe).path("httpGet").path("port");
                if (port.isMissingNode()) {
                    port = c.path(probe).path("tcpSocket").path("port");
                }
                if (!port.isMissingNode()) {
                    assertThat(containerPorts(c)).as(n + " " + probe + " port").containsKey(port.asText());
                }
            }
            for (String kind : List.of("requests", "limits")) {
                assertThat(c.path("resources").path(kind).has("cpu")).as(n + " " + kind + " cpu").isTrue();
                assertThat(c.path("resources").path(kind).has("memory")).as(n + " " + kind + " memory").isTrue();
            }
            assertThat(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).as(n).isFalse();
            assertThat(Yaml.strings(c.path("securityContext").path("capabilities").path("drop"))).as(n).containsExactly("ALL");
            Set<String> volumes = new TreeSet<>();
            pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
            spec.path("volumeClaimTemplates").forEach(v -> volumes.add(v.path("metadata").path("name").asText()));
            c.path("volumeMounts").forEach(m -> assertThat(volumes).as(n + " mounts " + m.path("name").asText())
                    .contains(m.path("name").asText()));
            if (c.path("securityContext").path("readOnlyRootFilesystem").asBoolean() && c.path("image").asText().startsWith("jpulp/")) {
                assertThat(mounts(c)).as(n + ": a writable /tmp on a read-only root").containsKey("/tmp");
            }
        }
    }

    @Test
    void jpulp_pods_run_as_the_images_pulp_user_with_the_images_of_compose() {
        JsonNode services = Yaml.document(Repo.COMPOSE_FILE).path("services");
        for (JsonNode w : workloads()) {
            JsonNode c = container(w);
            String image = c.path("image").asText();
            if (!image.startsWith("jpulp/")) {
                assertThat(image).as(name(w)).isEqualTo(Repo.MONGO_IMAGE).isEqualTo(services.path("mongo").path("image").asText());
                continue;
            }
            String imageDir = image.substring("jpulp/".length(), image.indexOf(':'));
            assertThat(Repo.IMAGE_NAMES).as(name(w)).contains(imageDir);
            assertThat(image).as(name(w)).isEqualTo("jpulp/" + imageDir + ":" + Repo.VERSION);
            String composeService = imageDir.equals("worker") ? "worker-1" : imageDir;
            assertThat(Yaml.interpolate(services.path(composeService).path("image").asText())).isEqualTo(image);
            String[] user = Dockerfile.parse(Repo.dockerfile(imageDir)).user().orElseThrow().split(":");
            JsonNode security = w.path("spec").path("template").path("spec").path("securityContext");
            assertThat(security.path("runAsUser").asText()).as(name(w)).isEqualTo(user[0]);
            assertThat(security.path("runAsGroup").asText()).as(name(w)).isEqualTo(user[1]);
            assertThat(security.path("fsGroup").asText()).as(name(w)).isEqualTo(user[1]);
            for (Integer port : Dockerfile.parse(Repo.dockerfile(imageDir)).exposedPorts()) {
                assertThat(containerPorts(c).values()).as(name(w) + " exposes " + port).contains(port);
            }
        }
    }

    @Test
    void services_reach_their_pods_and_carry_the_names_the_roles_are_configured_with() {
        for (JsonNode svc : OBJECTS.values().stream().filter(o -> o.path("kind").asText().equals("Service")).toList()) {
            Map<String, String> selector = new HashMap<>();
            svc.path("spec").path("selector").properties().forEach(e -> selector.put(e.getKey(), e.getValue().asText()));
            List<JsonNode> selected = workloads().stream().filter(w -> {
                JsonNode labels = w.path("spec").path("template").path("metadata").path("labels");
                return selector.entrySet().stream().allMatch(e -> labels.path(e.getKey()).asText().equals(e.getValue()));
            }).toList();
            assertThat(selected).as(name(svc) + " selects one workload").hasSize(1);
            Map<String, Integer> ports = containerPorts(container(selected.get(0)));
            svc.path("spec").path("ports").forEach(p -> {
                String target = p.path("targetPort").asText();
                assertThat(ports.containsKey(target) || ports.containsValue(p.path("targetPort").asInt(-1)))
                        .as(name(svc) + " targetPort " + target).isTrue();
            });
        }
        JsonNode env = object("ConfigMap", "jpulp-env").path("data");
        assertThat(object("Service", env.path("DB_SERVICE_HOST").asText()).path("spec").path("ports").get(0).path("port").asText())
                .isEqualTo(env.path("DB_SERVICE_PORT").asText());
        assertThat(object("Service", env.path("MSG_SERVICE_HOST").asText()).path("spec").path("ports").get(0).path("port").asText())
                .isEqualTo(env.path("MSG_SERVICE_PORT").asText());
        String restUrl = envOf(container(object("Deployment", "frontend"))).get("JPULP_REST_API_URL");
        JsonNode rest = object("Service", "rest-api");
        assertThat(restUrl).isEqualTo("http://rest-api:" + rest.path("spec").path("ports").get(0).path("port").asText());
        JsonNode workers = object("StatefulSet", "worker");
        JsonNode governing = object("Service", workers.path("spec").path("serviceName").asText());
        assertThat(governing.path("spec").path("clusterIP").asText()).isEqualTo("None");
    }

    @Test
    void the_content_volume_is_read_write_many_and_mounted_where_the_images_expect_it() {
        JsonNode pvc = object("PersistentVolumeClaim", "jpulp-content");
        assertThat(Yaml.strings(pvc.path("spec").path("accessModes"))).containsExactly("ReadWriteMany");
        for (String role : List.of("worker", "rest-api", "frontend")) {
            JsonNode w = role.equals("worker") ? object("StatefulSet", "worker") : object("Deployment", role);
            String volumePath = Dockerfile.parse(Repo.dockerfile(role)).volumes().get(0);
            assertThat(volumePath).isEqualTo(STORAGE);
            JsonNode mount = mounts(container(w)).get(volumePath);
            assertThat(mount).as(role + " mounts the content volume").isNotNull();
            assertThat(mount.path("readOnly").asBoolean(false)).as(role + " read-only").isEqualTo(role.equals("frontend"));
            JsonNode volume = volume(w, mount.path("name").asText());
            assertThat(volume.path("persistentVolumeClaim").path("claimName").asText()).isEqualTo("jpulp-content");
        }
        for (String role : List.of("beat", "resource-manager")) {
            assertThat(mounts(container(workloadOf(role)))).as(role).doesNotContainKey(STORAGE);
        }
    }

    @Test
    void jvm_roles_mount_server_conf_get_the_credentials_and_probe_like_the_images() {
        Set<String> secretKeys = new TreeSet<>();
        object("Secret", "jpulp-credentials").path("stringData").fieldNames().forEachRemaining(secretKeys::add);
        for (String role : JVM_ROLES) {
            JsonNode w = workloadOf(role);
            JsonNode c = container(w);
            JsonNode conf = mounts(c).get("/etc/pulp");
            assertThat(conf).as(role + " mounts server.conf").isNotNull();
            assertThat(volume(w, conf.path("name").asText()).path("configMap").path("name").asText()).isEqualTo("jpulp-server-conf");
            assertThat(mounts(c)).as(role + ": scratch space on a read-only root").containsKey("/var/cache/pulp");
            c.path("env").forEach(e -> {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                if (!ref.isMissingNode()) {
                    assertThat(ref.path("name").asText()).isEqualTo("jpulp-credentials");
                    assertThat(secretKeys).as(role + " " + e.path("name").asText()).contains(ref.path("key").asText());
                }
            });
            List<String> health = ImageDefinitionsTest.healthcheckOf(role).orElseThrow().command();
            if (role.equals("rest-api")) {
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    assertThat(c.path(probe).path("httpGet").path("path").asText()).as(probe).isEqualTo(health.get(2));
                }
            } else {
                assertThat(Yaml.strings(c.path("readinessProbe").path("exec").path("command"))).as(role).isEqualTo(health);
                assertThat(Yaml.strings(c.path("livenessProbe").path("exec").path("command"))).as(role)
                        .containsExactly("jpulp-healthcheck", "--process");
            }
        }
        assertThat(container(object("Deployment", "frontend")).path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/healthz");
        JsonNode workers = object("StatefulSet", "worker");
        assertThat(workers.path("spec").path("template").path("spec").path("terminationGracePeriodSeconds").asInt())
                .isEqualTo(60);
    }

    @Test
    void every_variable_set_is_read_by_something_and_each_role_gets_a_valid_configuration() {
        String serverConf = object("ConfigMap", "jpulp-server-conf").path("data").path("server.conf").asText();
        Map<String, String> imageEnv = Dockerfile.parse(Repo.dockerfile("base")).env();
        for (JsonNode w : workloads()) {
            envOf(container(w)).keySet().forEach(var ->
                    assertThat(RoleConfigs.isRead(var)).as(name(w) + ": nothing reads " + var).isTrue());
        }
        for (String role : JVM_ROLES) {
            Map<String, String> env = envOf(container(workloadOf(role)));
            LoadedConfig loaded = RoleConfigs.load(imageEnv, env, Optional.of(serverConf));
            assertThat(loaded.warnings()).as(role).isEmpty();
            JpulpConfig config = loaded.config();
            assertThat(config.database().seeds()).as(role).hasToString("[db:27017]");
            assertThat(config.database().startupTries()).as(role).isEqualTo(24);
            assertThat(config.broker().amqpUri()).as(role).isEqualTo("amqp://msg:5672");
            assertThat(config.broker().user()).as(role).isEqualTo("jpulp");
            assertThat(config.broker().secret()).as(role).isEqualTo("change-me");
            assertThat(config.server().storageDir()).as(role).hasToString(STORAGE);
            assertThat(config.server().serverName()).as(role).isEqualTo("pulp.example.com");
            assertThat(config.rest().port()).as(role).isEqualTo(8080);
        }
        assertThat(envOf(container(workloadOf("beat")))).containsKey("JPULP_SERVER__DEFAULT_PASSWORD");
        assertThat(envOf(container(object("StatefulSet", "msg")))).containsKeys("MSG_SERVICE_USER", "MSG_SERVICE_PASSWORD");
    }

    /** The environment a container gets: envFrom config maps and secrets, then env (references resolved). */
    static Map<String, String> envOf(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        container.path("envFrom").forEach(from -> {
            if (from.has("configMapRef")) {
                object("ConfigMap", from.path("configMapRef").path("name").asText()).path("data").properties()
                        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            } else {
                object("Secret", from.path("secretRef").path("name").asText()).path("stringData").properties()
                        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            }
        });
        container.path("env").forEach(e -> {
            JsonNode from = e.path("valueFrom");
            String value;
            if (e.has("value")) {
                value = e.path("value").asText();
            } else if (from.has("secretKeyRef")) {
                JsonNode ref = from.path("secretKeyRef");
                value = object("Secret", ref.path("name").asText()).path("stringData").path(ref.path("key").asText()).asText(null);
            } else {
                JsonNode ref = from.path("configMapKeyRef");
                value = object("ConfigMap", ref.path("name").asText()).path("data").path(ref.path("key").asText()).asText(null);
            }
            assertThat(value).as("value of " + e.path("name").asText()).isNotNull();
            env.put(e.path("name").asText(), value);
        });
        return env;
    }

    /** The environment Kubernetes gives the pods of a role (used by the entrypoint tests too). */
    static Map<String, String> environmentOf(String role) {
        return envOf(container(workloadOf(role)));
    }

    private static Map<String, Integer> containerPorts(JsonNode container) {
        Map<String, Integer> ports = new HashMap<>();
        container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        return ports;
    }

    private static Map<String, JsonNode> mounts(JsonNode container) {
        Map<String, JsonNode> mounts = new HashMap<>();
        container.path("volumeMounts").forEach(m -> mounts.put(m.path("mountPath").asText(), m));
        return mounts;
    }

    private static JsonNode volume(JsonNode workload, String name) {
        List<JsonNode> found = new ArrayList<>();
        workload.path("spec").path("template").path("spec").path("volumes").forEach(v -> {
            if (v.path("name").asText().equals(name)) {
                found.add(v);
            }
        });
        assertThat(found).as(name(workload) + " volume " + name).hasSize(1);
        return found.get(0);
    }
}
