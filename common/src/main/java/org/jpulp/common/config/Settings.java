package org.jpulp.common.config;

import static org.jpulp.common.config.ValueParsers.bool;
import static org.jpulp.common.config.ValueParsers.hostPortList;
import static org.jpulp.common.config.ValueParsers.integer;
import static org.jpulp.common.config.ValueParsers.logLevel;
import static org.jpulp.common.config.ValueParsers.nonEmpty;
import static org.jpulp.common.config.ValueParsers.oneOf;
import static org.jpulp.common.config.ValueParsers.path;
import static org.jpulp.common.config.ValueParsers.port;
import static org.jpulp.common.config.ValueParsers.seconds;
import static org.jpulp.common.config.ValueParsers.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every key jpulp reads, with its Pulp 2 section, default and type. */
public final class Settings {

    public static final Setting<String> DB_NAME = plain("database", "name", "pulp_database", nonEmpty(), "database name");
    public static final Setting<List<String>> DB_SEEDS = plain("database", "seeds", "localhost:27017", hostPortList(),
            "comma-separated host:port list");
    public static final Setting<String> DB_USERNAME = plain("database", "username", "", text(), "user to authenticate as");
    public static final Setting<String> DB_PASSWORD = secret("database", "password", "", "password of that user");
    public static final Setting<String> DB_REPLICA_SET = plain("database", "replica_set", "", text(),
            "replica set name (required with several seeds)");
    public static final Setting<Boolean> DB_SSL = plain("database", "ssl", "false", bool(), "connect with TLS");
    public static final Setting<Boolean> DB_VERIFY_SSL = plain("database", "verify_ssl", "true", bool(),
            "verify the server certificate and host name");
    public static final Setting<String> DB_WRITE_CONCERN = plain("database", "write_concern", "majority",
            oneOf("majority", "all"), "majority or all");
    public static final Setting<String> DB_URI = secret("database", "uri", "",
            "whole mongodb:// URI; when set it replaces seeds, credentials and TLS keys (jpulp)");
    public static final Setting<Integer> DB_STARTUP_TRIES = plain("database", "startup_tries", "12", integer(1, 100_000),
            "how often to try the database at start before giving up (jpulp)");
    public static final Setting<Duration> DB_STARTUP_INTERVAL = plain("database", "startup_interval", "5",
            seconds(0.01, 3600), "seconds between those tries (jpulp)");

    public static final Setting<String> SERVER_NAME = plain("server", "server_name", "", text(),
            "host name clients use (default: this host's name)");
    public static final Setting<Path> STORAGE_DIR = plain("server", "storage_dir", "/var/lib/pulp", path(),
            "root of content and published trees");
    public static final Setting<Path> WORKING_DIRECTORY = plain("server", "working_directory", "/var/cache/pulp", path(),
            "per-worker scratch space");
    public static final Setting<String> DEFAULT_LOGIN = plain("server", "default_login", "admin", nonEmpty(),
            "login of the admin user created on first start");
    public static final Setting<String> DEFAULT_PASSWORD = secret("server", "default_password", "admin",
            "its password");
    public static final Setting<String> LOG_LEVEL = plain("server", "log_level", "INFO", logLevel(),
            "DEBUG, INFO, WARNING, ERROR or CRITICAL");
    public static final Setting<Duration> SCHEMA_WAIT = plain("server", "schema_wait", "120", seconds(0, 86_400),
            "seconds a role waits for beat to bring the schema to its version (jpulp)");

    public static final Setting<String> BROKER_URL = plain("tasks", "broker_url", "amqp://localhost:5672", nonEmpty(),
            "AMQP 1.0 broker: amqp://, amqps://, qpid:// or a Qpid JMS failover: URI");
    public static final Setting<String> BROKER_USERNAME = plain("tasks", "broker_username", "", text(),
            "broker user (jpulp; a user in broker_url also works)");
    public static final Setting<String> BROKER_PASSWORD = secret("tasks", "broker_password", "", "broker password (jpulp)");
    public static final Setting<Duration> WORKER_TIMEOUT = plain("tasks", "worker_timeout", "30", seconds(1, 86_400),
            "seconds without heartbeat after which a process counts as lost");

    public static final Setting<String> REST_HOST = plain("rest", "host", "0.0.0.0", nonEmpty(),
            "address the REST API listens on (jpulp)");
    public static final Setting<Integer> REST_PORT = plain("rest", "port", "8080", port(),
            "plain HTTP port of the REST API (jpulp; 0 picks a free one)");

    public static final Setting<Boolean> REST_HTTP_ENABLED = plain("rest", "http_enabled", "true", bool(),
            "serve plain HTTP on [rest] port (jpulp; for development and trusted networks)");
    public static final Setting<Boolean> REST_HTTPS_ENABLED = plain("rest", "https_enabled", "false", bool(),
            "serve HTTPS on [rest] https_port (jpulp)");
    public static final Setting<Integer> REST_HTTPS_PORT = plain("rest", "https_port", "8443", port(),
            "HTTPS port of the REST API (jpulp; 0 picks a free one)");
    public static final Setting<Integer> REST_UPLOAD_CHUNK_MAX_MIB = plain("rest", "upload_chunk_max_mib", "64",
            integer(1, 2047), "largest upload chunk one PUT may carry, in MiB; chunks are streamed to disk (jpulp)");

    public static final Setting<String> CA_CERT = plain("security", "cacert", "", text(),
            "PEM CA certificate that signs user certificates (default: <storage_dir>/pki/ca.crt, generated when "
                    + "missing)");
    public static final Setting<String> CA_KEY = plain("security", "cakey", "", text(),
            "PEM private key of that CA (default: <storage_dir>/pki/ca.key)");
    public static final Setting<String> SERVER_CERT = plain("security", "server_cert", "", text(),
            "PEM certificate of the HTTPS listener (jpulp; default: <storage_dir>/pki/server.crt, signed by the "
                    + "CA when generated)");
    public static final Setting<String> SERVER_KEY = plain("security", "server_key", "", text(),
            "PEM private key of the HTTPS listener (jpulp; default: <storage_dir>/pki/server.key)");
    public static final Setting<Integer> USER_CERT_EXPIRATION = plain("security", "user_cert_expiration", "7",
            integer(1, 36_500), "days a certificate from actions/login/ stays valid");
    public static final Setting<Duration> AUTH_CACHE_TTL = plain("security", "auth_cache_ttl", "30",
            seconds(0, 3600), "seconds a verified Basic credential is remembered (jpulp; 0 disables)");

    public static final List<Setting<?>> ALL = List.of(DB_NAME, DB_SEEDS, DB_USERNAME, DB_PASSWORD, DB_REPLICA_SET,
            DB_SSL, DB_VERIFY_SSL, DB_WRITE_CONCERN, DB_URI, DB_STARTUP_TRIES, DB_STARTUP_INTERVAL,
            SERVER_NAME, STORAGE_DIR, WORKING_DIRECTORY, DEFAULT_LOGIN, DEFAULT_PASSWORD, LOG_LEVEL, SCHEMA_WAIT,
            BROKER_URL, BROKER_USERNAME, BROKER_PASSWORD, WORKER_TIMEOUT, REST_HOST, REST_PORT, REST_HTTP_ENABLED,
            REST_HTTPS_ENABLED, REST_HTTPS_PORT, REST_UPLOAD_CHUNK_MAX_MIB, CA_CERT, CA_KEY, SERVER_CERT, SERVER_KEY, USER_CERT_EXPIRATION,
            AUTH_CACHE_TTL);

    /** Pulp 2 keys accepted in server.conf so that an existing file loads; jpulp does not act on them. */
    static final Map<String, Set<String>> IGNORED_PULP2_KEYS = Map.ofEntries(
            Map.entry("database", Set.of("ssl_keyfile", "ssl_certfile", "ca_path", "unsafe_autoretry", "x509_auth")),
            Map.entry("server", Set.of("key_url", "ks_url", "debugging_mode", "log_type")),
            Map.entry("authentication", Set.of("rsa_key", "rsa_pub")),
            Map.entry("security", Set.of("ssl_ca_certificate", "consumer_cert_expiration", "serial_number_path")),
            Map.entry("consumer_history", Set.of("lifetime")),
            Map.entry("data_reaping", Set.of("reaper_interval", "consumer_history", "repo_sync_history",
                    "repo_publish_history", "repo_group_publish_history", "task_status_history",
                    "task_result_history")),
            Map.entry("ldap", Set.of("enabled", "uri", "base", "tls", "default_role", "filter")),
            Map.entry("oauth", Set.of("enabled", "oauth_key", "oauth_secret")),
            Map.entry("messaging", Set.of("url", "transport", "auth_enabled", "cacert", "clientcert", "topic_exchange",
                    "event_notifications_enabled", "event_notification_url")),
            Map.entry("tasks", Set.of("celery_require_ssl", "cacert", "keyfile", "certfile", "login_method")),
            Map.entry("email", Set.of("host", "port", "from", "enabled")),
            Map.entry("lazy", Set.of("redirect_host", "redirect_port", "redirect_path", "https_retrieval",
                    "download_interval", "download_concurrency")),
            Map.entry("profiling", Set.of("enabled", "directory")));

    private static final Map<String, Setting<?>> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Setting::id, s -> s));

    private Settings() {
    }

    public static Optional<Setting<?>> find(String section, String key) {
        return Optional.ofNullable(BY_ID.get(section + "." + key));
    }

    static boolean isIgnoredPulp2Key(String section, String key) {
        return IGNORED_PULP2_KEYS.getOrDefault(section, Set.of()).contains(key);
    }

    private static <T> Setting<T> plain(String section, String key, String def, Function<String, T> parser, String help) {
        return new Setting<>(section, key, def, parser, false, help);
    }

    private static Setting<String> secret(String section, String key, String def, String help) {
        return new Setting<>(section, key, def, text(), true, help);
    }
}
