package org.jpulp.common.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jpulp.common.config.DatabaseConfig;
import org.jpulp.common.config.ServerConfig;

/** Configuration records with the defaults of {@code Settings}, varied where a test needs it. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static DatabaseConfig database(String seeds, String name, int tries, Duration interval) {
        return new DatabaseConfig(name, List.of(seeds.split(",")), "", "", "", false, true, "majority", "", tries, interval);
    }

    public static ServerConfig server(String login, String password) {
        return new ServerConfig("localhost", Path.of("/var/lib/pulp"), Path.of("/var/cache/pulp"), login, password, "INFO",
                Duration.ofSeconds(120));
    }

    public static ServerConfig server() {
        return server("admin", "admin");
    }
}
