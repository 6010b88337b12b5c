package org.jpulp.common.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.config.ConfigLoader;
import org.jpulp.common.config.LoadedConfig;
import picocli.CommandLine.Option;

/** Options shared by {@code run} and {@code check}: where the configuration comes from. */
public final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "PATH",
            description = "server.conf to read (default: $PULP_SERVER_CONF, else /etc/pulp/server.conf when present)")
    Path config;

    @Option(names = {"-s", "--set"}, paramLabel = "SECTION.KEY=VALUE",
            description = "override one setting, e.g. --set tasks.worker_timeout=10 (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--db-uri", paramLabel = "URI", description = "MongoDB URI (same as --set database.uri=URI)")
    String dbUri;

    @Option(names = "--broker-uri", paramLabel = "URI",
            description = "AMQP 1.0 broker URL (same as --set tasks.broker_url=URI)")
    String brokerUri;

    @Option(names = "--name", paramLabel = "NAME", description = "process name used for heartbeats and logs")
    String name;

    LoadedConfig load(Map<String, String> env) {
        List<String> all = new ArrayList<>(overrides);
        if (dbUri != null) {
            all.add("database.uri=" + dbUri);
        }
        if (brokerUri != null) {
            all.add("tasks.broker_url=" + brokerUri);
        }
        return ConfigLoader.load(Optional.ofNullable(config), env, all);
    }
}
