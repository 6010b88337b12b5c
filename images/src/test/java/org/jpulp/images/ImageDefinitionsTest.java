package org.jpulp.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.images.Dockerfile.Healthcheck;
import org.jpulp.images.Dockerfile.Instruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Dockerfile in images/, read instruction by instruction: structure, referenced files, agreement. */
class ImageDefinitionsTest {

    private static final String STORAGE = "/var/lib/pulp";
    private static final String PULP_USER = "48:48";

    static List<String> images() {
        return Repo.IMAGE_NAMES;
    }

    static List<String> runnableImages() {
        return Repo.IMAGE_NAMES.stream().filter(i -> !i.equals("base")).toList();
    }

    static List<String> roles() {
        return Repo.ROLES;
    }

    @ParameterizedTest
    @MethodSource("images")
    void every_copied_file_exists_and_is_let_through_by_dockerignore(String image) {
        Dockerfile df = Dockerfile.parse(Repo.dockerfile(image));
        assertThat(df.copies()).as(df + " copies something").isNotEmpty();
        for (Map.Entry<String, String> copy : df.copies()) {
            Path source = Repo.ROOT.resolve(copy.getKey());
            assertThat(source).as(df + ": COPY source " + copy.getKey()).exists();
            assertThat(sentToTheBuild(copy.getKey())).as(df + ": .dockerignore sends " + copy.getKey() + " to the build")
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("images")
    void only_instructions_the_classic_builder_understands(String image) {
        // Testcontainers (and a plain `docker build` without BuildKit) use the classic builder
        Dockerfile df = Dockerfile.parse(Repo.dockerfile(image));
        assertThat(df.all("ADD")).as(df + ": COPY, not ADD").isEmpty();
        assertThat(df.instructions).as(df + ": no BuildKit-only flags or heredocs")
                .noneMatch(i -> i.arguments().matches("(?s).*(--chmod|--mount|--link|<<).*"));
        assertThat(df.baseImage()).as(df + ": a pinned base").doesNotEndWith(":latest").contains(":");
    }

    @ParameterizedTest
    @MethodSource("runnableImages")
    void runs_as_the_pulp_user_with_a_healthcheck_and_an_exec_form_entrypoint_script(String image) throws Exception {
        Dockerfile df = Dockerfile.parse(Repo.dockerfile(image));
        assertThat(df.user()).as(df + ": the last USER is the numeric pulp user (Kubernetes runAsNonRoot needs a number)")
                .contains(PULP_USER);

        Healthcheck health = df.healthcheck().orElseThrow(() -> new AssertionError(df + " has no HEALTHCHECK"));
        assertThat(health.options()).containsKeys("interval", "timeout", "start-period", "retries");
        String probe = health.command().get(0);
        if (probe.equals("jpulp-healthcheck")) {
            assertThat(copiesInto(image, "/usr/local/bin/jpulp-healthcheck")).as(df + " has jpulp-healthcheck").isTrue();
        } else {
            assertThat(probe).isEqualTo("curl");
            assertThat(installs(image, "curl")).as(df + " installs curl").isTrue();
        }

        Instruction entrypoint = df.last("ENTRYPOINT").orElseThrow(() -> new AssertionError(df + " has no ENTRYPOINT"));
        assertThat(entrypoint.isExecForm()).as(df + ": ENTRYPOINT in exec form, so the script is PID 1").isTrue();
        String target = "/usr/local/bin/jpulp-" + image + "-entrypoint";
        assertThat(entrypoint.execForm()).containsExactly(target);
        assertThat(df.copies()).as(df + " installs its entrypoint")
                .contains(Map.entry("images/" + image + "/entrypoint.sh", target));
        Path script = Repo.entrypoint(image);
        assertThat(Files.isExecutable(script)).as(script + " is executable (COPY keeps the mode)").isTrue();
        assertThat(Repo.read(script)).startsWith("#!/bin/sh\n").contains("\nset -eu\n");
        assertThat(Repo.read(script)).as(script + " ends by exec'ing the process").containsPattern("\n\\s*(exec|jpulp_exec_role) [^\n]*\n$");
        assertThat(df.last("CMD").orElseThrow().execForm()).containsExactly("run");
    }

    @ParameterizedTest
    @MethodSource("roles")
    void each_role_image_is_the_base_plus_its_distribution_and_runs_its_own_executable(String role) {
        Dockerfile df = Dockerfile.parse(Repo.dockerfile(role));
        assertThat(df.baseImageAsWritten()).isEqualTo("${BASE_IMAGE}");
        assertThat(df.baseImage()).isEqualTo("jpulp/base:" + Repo.VERSION);
        assertThat(df.copies()).contains(Map.entry(role + "/target/dist", "/opt/jpulp"));
        String executable = Repo.executable(role);
        assertThat(Repo.dist(role).resolve("bin").resolve(executable)).isExecutable();
        assertThat(df.env()).containsEntry("JPULP_EXECUTABLE", executable);
        assertThat(Repo.read(Repo.entrypoint(role))).contains("jpulp_exec_role " + executable + " \"$@\"");
    }

    @Test
    void the_base_prepares_the_pulp_user_the_storage_tree_and_the_jre() {
        Dockerfile base = Dockerfile.parse(Repo.dockerfile("base"));
        assertThat(base.globalArgs()).containsEntry("DEBIAN_IMAGE", "debian:bookworm-slim");
        assertThat(base.user()).contains(PULP_USER);
        assertThat(installs("base", "openjdk-17-jre-headless")).isTrue();
        String run = String.join("\n", base.all("RUN").stream().map(Instruction::arguments).toList());
        assertThat(run).contains("groupadd --system --gid 48 pulp")
                .contains("useradd --system --uid 48 --gid pulp")
                .contains("install -d -o pulp -g pulp -m 2775 " + STORAGE)
                .contains("jpulp_prepare_storage " + STORAGE)
                .contains("chown -R pulp:pulp " + STORAGE);
        assertThat(base.env()).containsEntry("JPULP_STORAGE", STORAGE).containsEntry("JPULP_DIST", "/opt/jpulp")
                .containsEntry("JPULP_LIB", "/usr/local/lib/jpulp");
        assertThat(base.copies()).contains(Map.entry("images/base/entrypoint-lib.sh", "/usr/local/lib/jpulp/entrypoint-lib.sh"));
        // beat, resource-manager and the broker do not use the content tree: a VOLUME here would give each of
        // their containers an unused anonymous volume, so the images that use it declare it
        assertThat(base.volumes()).isEmpty();
    }

    @Test
    void the_images_that_use_the_content_tree_declare_it_as_a_volume_and_the_others_do_not() {
        for (String image : List.of("worker", "rest-api", "frontend")) {
            assertThat(Dockerfile.parse(Repo.dockerfile(image)).volumes()).as(image).containsExactly(STORAGE);
        }
        for (String image : List.of("beat", "resource-manager")) {
            assertThat(Dockerfile.parse(Repo.dockerfile(image)).volumes()).as(image).isEmpty();
        }
    }

    @Test
    void the_frontend_has_the_same_user_and_tree_as_the_base_and_serves_on_the_port_it_exposes() {
        Dockerfile base = Dockerfile.parse(Repo.dockerfile("base"));
        Dockerfile frontend = Dockerfile.parse(Repo.dockerfile("frontend"));
        assertThat(frontend.globalArgs()).containsEntry("DEBIAN_IMAGE", base.globalArgs().get("DEBIAN_IMAGE"));
        assertThat(installs("frontend", "apache2")).isTrue();
        String run = String.join("\n", frontend.all("RUN").stream().map(Instruction::arguments).toList());
        assertThat(run).contains("groupadd --system --gid 48 pulp").contains("useradd --system --uid 48 --gid pulp")
                .contains("jpulp_prepare_storage " + STORAGE).contains("install -d -o pulp -g pulp -m 0755 /run/jpulp-httpd");
        assertThat(frontend.copies()).contains(Map.entry("images/frontend/httpd.conf", "/etc/jpulp/httpd.conf"));
        assertThat(frontend.env()).containsEntry("JPULP_STORAGE", STORAGE).containsEntry("JPULP_HTTPD_CONF", "/etc/jpulp/httpd.conf");
        int port = Integer.parseInt(frontend.env().get("JPULP_HTTPD_LISTEN"));
        assertThat(frontend.exposedPorts()).containsExactly(port);
        assertThat(frontend.healthcheck().orElseThrow().command()).contains("http://127.0.0.1:" + port + "/healthz");
    }

    @Test
    void the_rest_api_exposes_the_default_rest_port_and_checks_the_status_page() {
        Dockerfile rest = Dockerfile.parse(Repo.dockerfile("rest-api"));
        assertThat(rest.exposedPorts()).containsExactly(8080);
        assertThat(rest.healthcheck().orElseThrow().command())
                .containsExactly("jpulp-healthcheck", "--http", "/pulp/api/v2/status/");
        assertThat(Repo.read(Repo.healthcheck())).contains("http://127.0.0.1:${JPULP_REST__PORT:-8080}$2");
    }

    @Test
    void the_broker_is_the_devstack_broker_with_its_store_on_a_volume() {
        Dockerfile broker = Dockerfile.parse(Repo.dockerfile("broker"));
        assertThat(broker.baseImage()).isEqualTo("jpulp/base:" + Repo.VERSION);
        assertThat(broker.copies()).contains(Map.entry("devstack/target/dist", "/opt/jpulp"));
        assertThat(Repo.dist("devstack").resolve("bin/jpulp-devstack")).isExecutable();
        assertThat(broker.volumes()).containsExactly(broker.env().get("JPULP_BROKER_DATA"));
        assertThat(broker.exposedPorts()).containsExactly(Integer.parseInt(broker.env().get("JPULP_BROKER_PORT")));
        assertThat(broker.healthcheck().orElseThrow().command()).containsExactly("jpulp-healthcheck", "--tcp", "5672");
        assertThat(Repo.read(Repo.entrypoint("broker"))).contains("exec \"$JPULP_DIST/bin/jpulp-devstack\" broker ");
    }

    private static boolean copiesInto(String image, String destination) {
        Dockerfile df = Dockerfile.parse(Repo.dockerfile(image));
        boolean here = df.copies().stream().anyMatch(c -> c.getValue().equals(destination));
        return here || (!image.equals("base") && df.baseImageAsWritten().equals("${BASE_IMAGE}") && copiesInto("base", destination));
    }

    private static boolean installs(String image, String debianPackage) {
        Dockerfile df = Dockerfile.parse(Repo.dockerfile(image));
        boolean here = df.all("RUN").stream().map(Instruction::arguments)
                .anyMatch(r -> r.contains("apt-get install") && Dockerfile.words(r).contains(debianPackage));
        return here || (!image.equals("base") && df.baseImageAsWritten().equals("${BASE_IMAGE}") && installs("base", debianPackage));
    }

    /**
     * Whether .dockerignore lets {@code path} into the build context: its first rule excludes everything, and the
     * last rule matching a path wins ({@code !dir/} re-includes, {@code dir/} excludes again).
     */
    static boolean sentToTheBuild(String path) {
        List<String> rules = Repo.read(Repo.ROOT.resolve(".dockerignore")).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(rules.get(0)).as(".dockerignore starts by excluding everything").isEqualTo("*");
        boolean included = false;
        for (String rule : rules.subList(1, rules.size())) {
            boolean include = rule.startsWith("!");
            String prefix = include ? rule.substring(1) : rule;
            assertThat(prefix).as(".dockerignore rules name directories").endsWith("/");
            if ((path + "/").startsWith(prefix)) {
                included = include;
            }
        }
        return included;
    }

    @Test
    void dockerignore_keeps_build_output_of_this_module_out() {
        assertThat(sentToTheBuild("images/base/entrypoint-lib.sh")).isTrue();
        assertThat(sentToTheBuild("images/target/test-classes")).isFalse();
        assertThat(sentToTheBuild("worker/target/classes")).isFalse();
        assertThat(sentToTheBuild(".git")).isFalse();
    }

    static Optional<Healthcheck> healthcheckOf(String image) {
        return Dockerfile.parse(Repo.dockerfile(image)).healthcheck();
    }
}
