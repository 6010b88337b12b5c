package org.jpulp.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final Map<String, String> NO_ENV = Map.of("PULP_SERVER_CONF", "/dev/null");

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("server.conf");
        Files.writeString(f, content);
        return f;
    }

    private static JpulpConfig load(Path file, Map<String, String> env, String... overrides) {
        return ConfigLoader.load(Optional.ofNullable(file), env, List.of(overrides)).config();
    }

    @Test
    void defaults_match_pulp2_when_nothing_is_configured() throws IOException {
        JpulpConfig c = load(file(""), Map.of());

        assertThat(c.database().name()).isEqualTo("pulp_database");
        assertThat(c.database().seeds()).containsExactly("localhost:27017");
        assertThat(c.database().startupTries()).isEqualTo(12);
        assertThat(c.database().startupInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.server().defaultLogin()).isEqualTo("admin");
        assertThat(c.server().storageDir()).isEqualTo(Path.of("/var/lib/pulp"));
        assertThat(c.tasks().workerTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.tasks().heartbeatInterval()).isEqualTo(Duration.ofSeconds(6));
        assertThat(c.tasks().lostAfter()).isEqualTo(Duration.ofSeconds(24));
        assertThat(c.broker().amqpUri()).isEqualTo("amqp://localhost:5672");
    }

    @Test
    void file_overrides_defaults_environment_overrides_file_and_flags_override_environment() throws IOException {
        Path f = file("""
                [database]
                name: from_file
                seeds: filehost:1111
                [tasks]
                worker_timeout = 40
                [server]
                storage_dir: /srv/file
                """);
        Map<String, String> env = Map.of("DB_SERVICE_HOST", "envhost", "DB_SERVICE_PORT", "2222",
                "JPULP_TASKS__WORKER_TIMEOUT", "50");

        JpulpConfig c = load(f, env, "tasks.worker_timeout=60");

        assertThat(c.database().name()).isEqualTo("from_file");
        assertThat(c.database().seeds()).containsExactly("envhost:2222");
        assertThat(c.server().storageDir()).isEqualTo(Path.of("/srv/file"));
        assertThat(c.tasks().workerTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(load(f, env).tasks().workerTimeout()).isEqualTo(Duration.ofSeconds(50));
        assertThat(load(f, Map.of()).tasks().workerTimeout()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void container_variables_fall_back_to_service_host_and_default_ports() {
        Map<String, String> env = Map.of("SERVICE_HOST", "10.0.0.5", "MSG_SERVICE_USER", "guest",
                "MSG_SERVICE_PASSWORD", "s3cret", "PULP_SERVER_NAME", "pulp.example.com", "PULP_SERVER_CONF", "/dev/null");

        JpulpConfig c = load(null, env);

        assertThat(c.database().seeds()).containsExactly("10.0.0.5:27017");
        assertThat(c.broker().amqpUri()).isEqualTo("amqp://10.0.0.5:5672");
        assertThat(c.broker().user()).isEqualTo("guest");
        assertThat(c.broker().secret()).isEqualTo("s3cret");
        assertThat(c.server().serverName()).isEqualTo("pulp.example.com");
    }

    @Test
    void whole_uri_variables_win_over_host_and_port_variables() {
        Map<String, String> env = Map.of("DB_SERVICE_HOST", "a", "JPULP_DB_URI", "mongodb://b:1/x",
                "MSG_SERVICE_HOST", "c", "JPULP_BROKER_URI", "amqps://d:5671", "PULP_SERVER_CONF", "/dev/null");

        JpulpConfig c = load(null, env);

        assertThat(c.database().connectionString()).isEqualTo("mongodb://b:1/x");
        assertThat(c.broker().amqpUri()).isEqualTo("amqps://d:5671");
    }

    @Test
    void unknown_key_stops_loading_naming_key_place_and_likely_intent() throws IOException {
        Path f = file("[tasks]\nworker_timout: 10\n");

        assertThatThrownBy(() -> load(f, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting [tasks] worker_timout in " + f + " line 2")
                .hasMessageContaining("did you mean [tasks] worker_timeout?");
    }

    @Test
    void bad_values_are_all_reported_with_their_origin() throws IOException {
        Path f = file("[tasks]\nworker_timeout: soon\n[database]\nssl: perhaps\n");

        assertThatThrownBy(() -> load(f, Map.of("DB_SERVICE_PORT", "notaport")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "[tasks] worker_timeout from " + f + " line 2 is 'soon' but must be a number of seconds from 1 to 86400",
                        "[database] ssl from " + f + " line 4 is 'perhaps' but must be true or false",
                        "[database] seeds from environment variable DB_SERVICE_HOST/DB_SERVICE_PORT is 'localhost:notaport'"
                                + " but must be a whole number from 1 to 65535"));
    }

    @Test
    void unknown_generic_environment_key_and_malformed_flag_are_errors() {
        assertThatThrownBy(() -> load(null, Map.of("JPULP_NOPE__KEY", "1", "PULP_SERVER_CONF", "/dev/null"), "broken"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "unknown setting [nope] key in environment variable JPULP_NOPE__KEY",
                        "command-line setting 'broken' must look like section.key=value"));
    }

    @Test
    void pulp2_keys_jpulp_does_not_use_only_warn() throws IOException {
        Path f = file("[ldap]\nenabled: false\n[server]\nkey_url: /pulp/gpg\n");

        LoadedConfig loaded = ConfigLoader.load(Optional.of(f), Map.of(), List.of());

        assertThat(loaded.warnings()).hasSize(2).allMatch(w -> w.contains("Pulp 2 setting jpulp does not use"));
    }

    @Test
    void explicit_missing_file_is_an_error_but_missing_default_file_is_not() {
        Path missing = dir.resolve("nope.conf");

        assertThatThrownBy(() -> load(missing, Map.of()))
                .hasMessageContaining("configuration file " + missing + " does not exist");
        assertThat(load(null, Map.of()).database().name()).isEqualTo("pulp_database");
    }

    @Test
    void several_seeds_need_a_replica_set() throws IOException {
        Path f = file("[database]\nseeds: a:1,b:2\n");

        assertThatThrownBy(() -> load(f, Map.of())).hasMessageContaining("[database] replica_set must be set");
        assertThat(load(f, Map.of(), "database.replica_set=rs0").database().connectionString())
                .isEqualTo("mongodb://a:1,b:2/pulp_database?w=majority&replicaSet=rs0");
    }

    @Test
    void invalid_broker_url_is_rejected_without_echoing_its_password() {
        assertThatThrownBy(() -> load(null, NO_ENV, "tasks.broker_url=http://u:pw@h/"))
                .hasMessageContaining("[tasks] broker_url from command line --set tasks.broker_url is 'http://u:****@h/'")
                .hasMessageNotContaining("pw@");
    }

    @Test
    void description_masks_secrets() {
        LoadedConfig loaded = ConfigLoader.load(Optional.empty(), NO_ENV, List.of("database.password=hunter2",
                "tasks.broker_url=amqp://u:topsecret@h:5672", "database.uri=mongodb://me:pw123@h:1/db"));

        assertThat(loaded.describe())
                .contains("database.password=**** (command line --set database.password)")
                .contains("amqp://u:****@h:5672")
                .contains("mongodb://me:****@h:1/db")
                .doesNotContain("hunter2", "topsecret", "pw123");
    }

    @Test
    void pulp2_default_broker_url_means_amqp_on_5672() {
        JpulpConfig c = load(null, NO_ENV, "tasks.broker_url=qpid://broker.example.com/");

        assertThat(c.broker().amqpUri()).isEqualTo("amqp://broker.example.com:5672");
    }

    @Test
    void credentials_are_escaped_in_the_connection_string() {
        JpulpConfig c = load(null, NO_ENV, "database.username=pulp user", "database.password=p@ss:word",
                "database.ssl=true", "database.verify_ssl=false");

        assertThat(c.database().connectionString()).isEqualTo(
                "mongodb://pulp+user:p%40ss%3Aword@localhost:27017/pulp_database?w=majority&authSource=pulp_database"
                        + "&tls=true&tlsInsecure=true");
    }
}
