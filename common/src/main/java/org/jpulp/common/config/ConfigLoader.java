package org.jpulp.common.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link JpulpConfig} of a process from, in rising precedence: built-in defaults, the INI file,
 * the environment and command-line overrides. Every problem is collected before failing, so one start
 * reports all of them.
 */
public final class ConfigLoader {

    public static final Path DEFAULT_FILE = Path.of("/etc/pulp/server.conf");

    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<Setting<?>, RawSetting> effective = new LinkedHashMap<>();

    private ConfigLoader() {
    }

    /**
     * @param file      the file given with {@code --config} (must exist), or empty for the default file, which
     *                  is read when present
     * @param env       the process environment
     * @param overrides {@code section.key=value} pairs from the command line
     */
    public static LoadedConfig load(Optional<Path> file, Map<String, String> env, List<String> overrides) {
        ConfigLoader loader = new ConfigLoader();
        Settings.ALL.forEach(s -> loader.effective.put(s, new RawSetting(s.section(), s.key(), s.defaultValue(), "default")));
        loader.apply(loader.readFile(file, env));
        loader.apply(EnvironmentSettings.from(env));
        loader.apply(loader.parseOverrides(overrides));
        JpulpConfig config = loader.build();
        if (!loader.problems.isEmpty()) {
            throw new ConfigException(loader.problems);
        }
        return new LoadedConfig(config, Map.copyOf(loader.effective), List.copyOf(loader.warnings));
    }

    private List<RawSetting> readFile(Optional<Path> explicit, Map<String, String> env) {
        Path path = explicit.orElseGet(() -> Optional.ofNullable(env.get("PULP_SERVER_CONF")).map(Path::of)
                .orElse(DEFAULT_FILE));
        boolean required = explicit.isPresent() || env.containsKey("PULP_SERVER_CONF");
        try {
            return IniParser.parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (NoSuchFileException e) {
            if (required) {
                problems.add("configuration file " + path + " does not exist");
            }
        } catch (IOException e) {
            problems.add("configuration file " + path + " cannot be read: " + e.getMessage());
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        return List.of();
    }

    private List<RawSetting> parseOverrides(List<String> overrides) {
        List<RawSetting> out = new ArrayList<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            int dot = o.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq) {
                problems.add("command-line setting '" + o + "' must look like section.key=value");
            } else {
                out.add(new RawSetting(o.substring(0, dot).strip().toLowerCase(), o.substring(dot + 1, eq).strip().toLowerCase(),
                        o.substring(eq + 1), "command line --set " + o.substring(0, eq)));
            }
        }
        return out;
    }

    private void apply(List<RawSetting> layer) {
        for (RawSetting raw : layer) {
            Optional<Setting<?>> setting = Settings.find(raw.section(), raw.key());
            if (setting.isPresent()) {
                effective.put(setting.get(), raw);
            } else if (Settings.isIgnoredPulp2Key(raw.section(), raw.key())) {
                warnings.add(raw.name() + " (" + raw.origin() + ") is a Pulp 2 setting jpulp does not use; ignored");
            } else {
                problems.add("unknown setting " + raw.name() + " in " + raw.origin() + suggestion(raw));
            }
        }
    }

    private static String suggestion(RawSetting raw) {
        return Settings.ALL.stream()
                .filter(s -> s.section().equals(raw.section()) || s.key().equals(raw.key()))
                .min((a, b) -> Integer.compare(distance(a.id(), raw.section() + "." + raw.key()),
                        distance(b.id(), raw.section() + "." + raw.key())))
                .filter(s -> distance(s.id(), raw.section() + "." + raw.key()) <= 3)
                .map(s -> " (did you mean " + s.name() + "?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private <T> T get(Setting<T> setting) {
        RawSetting raw = effective.get(setting);
        try {
            return setting.parse(raw.value());
        } catch (IllegalArgumentException e) {
            String shown = setting.secret() ? "(secret)" : "'" + raw.value() + "'";
            problems.add(setting.name() + " from " + raw.origin() + " is " + shown + " but must be " + e.getMessage());
            return setting.parse(setting.defaultValue());
        }
    }

    private JpulpConfig build() {
        DatabaseConfig database = new DatabaseConfig(get(Settings.DB_NAME), get(Settings.DB_SEEDS),
                get(Settings.DB_USERNAME), get(Settings.DB_PASSWORD), get(Settings.DB_REPLICA_SET), get(Settings.DB_SSL),
                get(Settings.DB_VERIFY_SSL), get(Settings.DB_WRITE_CONCERN), get(Settings.DB_URI),
                get(Settings.DB_STARTUP_TRIES), get(Settings.DB_STARTUP_INTERVAL));
        checkDatabase(database);
        String serverName = get(Settings.SERVER_NAME);
        ServerConfig server = new ServerConfig(serverName.isBlank() ? localHostName() : serverName,
                get(Settings.STORAGE_DIR), get(Settings.WORKING_DIRECTORY), get(Settings.DEFAULT_LOGIN),
                get(Settings.DEFAULT_PASSWORD), get(Settings.LOG_LEVEL), get(Settings.SCHEMA_WAIT));
        BrokerConfig broker = new BrokerConfig(get(Settings.BROKER_URL), get(Settings.BROKER_USERNAME),
                get(Settings.BROKER_PASSWORD));
        checkBroker(broker);
        RestConfig rest = new RestConfig(get(Settings.REST_HOST), get(Settings.REST_PORT),
                get(Settings.REST_HTTP_ENABLED), get(Settings.REST_HTTPS_ENABLED), get(Settings.REST_HTTPS_PORT),
                get(Settings.REST_UPLOAD_CHUNK_MAX_MIB) * 1024L * 1024L);
        if (!rest.httpEnabled() && !rest.httpsEnabled()) {
            problems.add(Settings.REST_HTTP_ENABLED.name() + " and " + Settings.REST_HTTPS_ENABLED.name()
                    + " are both false; the REST API needs at least one of them");
        }
        return new JpulpConfig(database, server, new TasksConfig(get(Settings.WORKER_TIMEOUT)), broker, rest,
                security(server.storageDir()));
    }

    private SecurityConfig security(Path storageDir) {
        Path pki = storageDir.resolve("pki");
        return new SecurityConfig(pkiPath(Settings.CA_CERT, pki.resolve("ca.crt")),
                pkiPath(Settings.CA_KEY, pki.resolve("ca.key")), pkiPath(Settings.SERVER_CERT, pki.resolve("server.crt")),
                pkiPath(Settings.SERVER_KEY, pki.resolve("server.key")), get(Settings.USER_CERT_EXPIRATION),
                get(Settings.AUTH_CACHE_TTL));
    }

    private Path pkiPath(Setting<String> setting, Path fallback) {
        String value = get(setting).strip();
        return value.isEmpty() ? fallback : Path.of(value);
    }

    private void checkDatabase(DatabaseConfig db) {
        RawSetting seeds = effective.get(Settings.DB_SEEDS);
        if (db.uri().isEmpty() && db.seeds().size() > 1 && db.replicaSet().isEmpty()) {
            problems.add(Settings.DB_REPLICA_SET.name() + " must be set because " + Settings.DB_SEEDS.name() + " from "
                    + seeds.origin() + " lists several hosts");
        }
        if (!db.uri().isEmpty() && !(db.uri().startsWith("mongodb://") || db.uri().startsWith("mongodb+srv://"))) {
            problems.add(Settings.DB_URI.name() + " from " + effective.get(Settings.DB_URI).origin()
                    + " must start with mongodb:// or mongodb+srv://");
        }
    }

    private void checkBroker(BrokerConfig broker) {
        try {
            BrokerConfig.validate(broker.url());
        } catch (IllegalArgumentException e) {
            RawSetting raw = effective.get(Settings.BROKER_URL);
            problems.add(Settings.BROKER_URL.name() + " from " + raw.origin() + " is '" + ConfigReport.maskUserInfo(raw.value())
                    + "' but must be " + e.getMessage());
        }
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
