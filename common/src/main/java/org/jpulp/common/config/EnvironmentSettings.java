package org.jpulp.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the environment of a containerized deployment into settings:
 * <ul>
 *   <li>{@code PULP_SERVER_NAME} → {@code [server] server_name};</li>
 *   <li>{@code DB_SERVICE_HOST}/{@code DB_SERVICE_PORT} (falling back to {@code SERVICE_HOST}, port 27017)
 *       → {@code [database] seeds};</li>
 *   <li>{@code MSG_SERVICE_HOST}/{@code MSG_SERVICE_PORT} (falling back to {@code SERVICE_HOST}, port 5672),
 *       {@code MSG_SERVICE_USER}, {@code MSG_SERVICE_PASSWORD} → broker URL and credentials;</li>
 *   <li>{@code JPULP_DB_URI} and {@code JPULP_BROKER_URI}: whole URIs, applied after the parts above;</li>
 *   <li>{@code JPULP_<SECTION>__<KEY>} sets any key, e.g. {@code JPULP_TASKS__WORKER_TIMEOUT=10}.</li>
 * </ul>
 */
public final class EnvironmentSettings {

    public static final String GENERIC_PREFIX = "JPULP_";

    private EnvironmentSettings() {
    }

    public static List<RawSetting> from(Map<String, String> env) {
        List<RawSetting> out = new ArrayList<>();
        set(out, env, "PULP_SERVER_NAME", "server", "server_name");
        String serviceHost = env.get("SERVICE_HOST");
        hostPort(env, "DB", serviceHost, 27017).ifPresent(seed ->
                out.add(new RawSetting("database", "seeds", seed, origin("DB_SERVICE_HOST/DB_SERVICE_PORT"))));
        hostPort(env, "MSG", serviceHost, 5672).ifPresent(hp ->
                out.add(new RawSetting("tasks", "broker_url", "amqp://" + hp, origin("MSG_SERVICE_HOST/MSG_SERVICE_PORT"))));
        set(out, env, "MSG_SERVICE_USER", "tasks", "broker_username");
        set(out, env, "MSG_SERVICE_PASSWORD", "tasks", "broker_password");
        set(out, env, "JPULP_DB_URI", "database", "uri");
        set(out, env, "JPULP_BROKER_URI", "tasks", "broker_url");
        env.entrySet().stream()
                .filter(e -> e.getKey().startsWith(GENERIC_PREFIX) && e.getKey().contains("__"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(generic(e.getKey(), e.getValue())));
        return out;
    }

    private static RawSetting generic(String name, String value) {
        String rest = name.substring(GENERIC_PREFIX.length()).toLowerCase(Locale.ROOT);
        int split = rest.indexOf("__");
        return new RawSetting(rest.substring(0, split), rest.substring(split + 2), value, origin(name));
    }

    private static java.util.Optional<String> hostPort(Map<String, String> env, String prefix, String serviceHost,
                                                       int defaultPort) {
        String host = env.getOrDefault(prefix + "_SERVICE_HOST", serviceHost);
        String port = env.get(prefix + "_SERVICE_PORT");
        if (host == null && port == null) {
            return java.util.Optional.empty();
        }
        String h = host == null ? "localhost" : host;
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return java.util.Optional.of(h + ":" + (port == null ? defaultPort : port));
    }

    private static void set(List<RawSetting> out, Map<String, String> env, String variable, String section, String key) {
        String value = env.get(variable);
        if (value != null) {
            out.add(new RawSetting(section, key, value, origin(variable)));
        }
    }

    private static String origin(String variable) {
        return "environment variable " + variable;
    }
}
