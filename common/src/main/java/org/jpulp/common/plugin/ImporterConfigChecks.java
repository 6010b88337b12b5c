package org.jpulp.common.plugin;

import static org.jpulp.common.plugin.ConfigValues.pythonStr;
import static org.jpulp.common.plugin.ConfigValues.pythonType;
import static org.jpulp.common.plugin.ImporterConfigKeys.BASIC_AUTH_PASS;
import static org.jpulp.common.plugin.ImporterConfigKeys.BASIC_AUTH_USER;
import static org.jpulp.common.plugin.ImporterConfigKeys.CONNECT_TIMEOUT;
import static org.jpulp.common.plugin.ImporterConfigKeys.FEED;
import static org.jpulp.common.plugin.ImporterConfigKeys.MAX_DOWNLOADS;
import static org.jpulp.common.plugin.ImporterConfigKeys.MAX_SPEED;
import static org.jpulp.common.plugin.ImporterConfigKeys.PROXY_HOST;
import static org.jpulp.common.plugin.ImporterConfigKeys.PROXY_PASS;
import static org.jpulp.common.plugin.ImporterConfigKeys.PROXY_PORT;
import static org.jpulp.common.plugin.ImporterConfigKeys.PROXY_USER;
import static org.jpulp.common.plugin.ImporterConfigKeys.READ_TIMEOUT;
import static org.jpulp.common.plugin.ImporterConfigKeys.SSL_CA_CERT;
import static org.jpulp.common.plugin.ImporterConfigKeys.SSL_CLIENT_CERT;
import static org.jpulp.common.plugin.ImporterConfigKeys.SSL_CLIENT_KEY;
import static org.jpulp.common.plugin.ImporterConfigKeys.SSL_VALIDATION;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Pulp 2's validation of the importer keys every importer shares ({@code pulp.plugins.util.importer_config}), with
 * its messages. Plugins call {@link #checkGeneric} and add their own keys.
 */
public final class ImporterConfigChecks {

    private ImporterConfigChecks() {
    }

    public static void checkGeneric(PluginConfig config, ConfigProblems problems) {
        string(config, FEED, problems);
        bool(config, SSL_VALIDATION, problems);
        string(config, SSL_CA_CERT, problems);
        string(config, SSL_CLIENT_CERT, problems);
        if (config.get(SSL_CLIENT_KEY) != null && config.get(SSL_CLIENT_CERT) == null) {
            problems.add(SSL_CLIENT_KEY, "The configuration parameter <" + SSL_CLIENT_KEY + "> requires the <"
                    + SSL_CLIENT_CERT + "> parameter to also be set.");
        }
        string(config, SSL_CLIENT_KEY, problems);
        positiveNumber(config, MAX_SPEED, problems);
        positiveInteger(config, MAX_DOWNLOADS, problems);
        proxy(config, problems);
        pair(config, BASIC_AUTH_USER, BASIC_AUTH_PASS, problems);
        positiveNumber(config, CONNECT_TIMEOUT, problems);
        positiveNumber(config, READ_TIMEOUT, problems);
    }

    /** A key that may only hold a boolean (or "true"/"false"). */
    public static void bool(PluginConfig config, String key, ConfigProblems problems) {
        Object v = config.get(key);
        if (v != null && ConfigValues.parseBool(v) == null) {
            problems.add(key, "The configuration parameter <" + key
                    + "> may only be set to a boolean value, but is currently set to <" + pythonStr(v) + ">.");
        }
    }

    public static void string(PluginConfig config, String key, ConfigProblems problems) {
        Object v = config.get(key);
        if (v != null && !(v instanceof String)) {
            problems.add(key, "The configuration parameter <" + key + "> should be a string, but it was "
                    + pythonType(v) + ".");
        }
    }

    public static void positiveInteger(PluginConfig config, String key, ConfigProblems problems) {
        Object v = config.get(key);
        Long n = v == null ? null : ConfigValues.parseInteger(v);
        if (v != null && (n == null || n < 1 || n > Integer.MAX_VALUE)) {
            problems.add(key, "The configuration parameter <" + key
                    + "> must be set to a positive integer, but is currently set to <" + pythonStr(v) + ">.");
        }
    }

    public static void positiveNumber(PluginConfig config, String key, ConfigProblems problems) {
        Object v = config.get(key);
        Double d = v == null ? null : ConfigValues.parseNumber(v);
        if (v != null && (d == null || d <= 0)) {
            problems.add(key, "The configuration parameter <" + key
                    + "> must be set to a positive numerical value, but is currently set to <" + pythonStr(v) + ">.");
        }
    }

    private static void proxy(PluginConfig config, ConfigProblems problems) {
        string(config, PROXY_HOST, problems);
        positiveInteger(config, PROXY_PORT, problems);
        pair(config, PROXY_USER, PROXY_PASS, problems);
        List<String> dependants = List.of(PROXY_PASS, PROXY_PORT, PROXY_USER).stream()
                .filter(k -> config.get(k) != null).toList();
        if (config.get(PROXY_HOST) == null && !dependants.isEmpty()) {
            problems.add(PROXY_HOST, "The configuration parameter <" + PROXY_HOST + "> is required when any of the "
                    + "following other parameters are defined: " + dependants.stream().collect(Collectors.joining(", "))
                    + ".");
        }
    }

    private static void pair(PluginConfig config, String user, String password, ConfigProblems problems) {
        boolean hasUser = config.get(user) != null;
        boolean hasPassword = config.get(password) != null;
        if (hasPassword && !hasUser) {
            problems.add(user, "The configuration parameter <" + user + "> is required when <" + password
                    + "> is specified.");
        }
        if (hasUser && !hasPassword) {
            problems.add(password, "The configuration parameter <" + password + "> is required when <" + user
                    + "> is specified.");
        }
        string(config, user, problems);
        string(config, password, problems);
    }
}
