package org.jpulp.common.cli;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jpulp.common.config.ConfigException;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.config.LoadedConfig;
import org.jpulp.common.db.DatabaseUnavailableException;
import org.jpulp.common.db.DatabaseWaiter;
import org.jpulp.common.db.MongoConnector;
import org.jpulp.common.messaging.MessagingException;
import org.jpulp.common.messaging.jms.JmsMessaging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: validate the configuration, then reach the database and the broker once each. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the configuration and reach the database and the broker; the exit code says what failed.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "how long to wait for each of the database and the broker (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    private final Map<String, String> env;

    CheckCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        LoadedConfig loaded;
        try {
            loaded = options.load(env);
        } catch (ConfigException e) {
            System.out.println("configuration: FAILED\n  - " + String.join("\n  - ", e.problems()));
            return ExitCodes.CONFIG;
        }
        System.out.println("configuration: OK");
        loaded.warnings().forEach(w -> System.out.println("  warning: " + w));
        JpulpConfig config = loaded.config();
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        try (MongoClient client = MongoConnector.connect(config.database())) {
            DatabaseWaiter.probe(client, config.database().name(), timeout);
            System.out.println("database: OK");
        } catch (DatabaseUnavailableException e) {
            System.out.println("database: FAILED " + e.getMessage());
            return ExitCodes.DATABASE;
        }
        try {
            JmsMessaging.probe(config.broker(), timeout);
            System.out.println("broker: OK");
        } catch (MessagingException e) {
            System.out.println("broker: FAILED " + e.getMessage());
            return ExitCodes.BROKER;
        }
        return ExitCodes.OK;
    }
}
