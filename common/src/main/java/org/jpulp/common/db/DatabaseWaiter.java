package org.jpulp.common.db;

import com.mongodb.MongoException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.connection.ClusterSettings;
import com.mongodb.connection.ServerDescription;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.jpulp.common.config.DatabaseConfig;
import org.jpulp.common.time.DurationText;
import org.jpulp.common.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Start-up wait for MongoDB: {@code startup_tries} pings, {@code startup_interval} apart, then a one-line failure. */
public final class DatabaseWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWaiter.class);
    private static final Duration MIN_TRY_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration MAX_TRY_TIMEOUT = Duration.ofSeconds(5);

    private final DatabaseConfig config;
    private final Sleeper sleeper;
    private final Duration tryTimeout;

    /** Each try waits as long as {@code startup_interval}, but at least 1 s and at most 5 s, for an answer. */
    public DatabaseWaiter(DatabaseConfig config, Sleeper sleeper) {
        this(config, sleeper, defaultTryTimeout(config.startupInterval()));
    }

    public DatabaseWaiter(DatabaseConfig config, Sleeper sleeper, Duration tryTimeout) {
        this.config = Objects.requireNonNull(config, "config");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.tryTimeout = Objects.requireNonNull(tryTimeout, "tryTimeout");
    }

    private static Duration defaultTryTimeout(Duration interval) {
        if (interval.compareTo(MIN_TRY_TIMEOUT) < 0) {
            return MIN_TRY_TIMEOUT;
        }
        return interval.compareTo(MAX_TRY_TIMEOUT) > 0 ? MAX_TRY_TIMEOUT : interval;
    }

    /**
     * Pings up to {@code startupTries} times, {@code startupInterval} apart, logging one line per failed try.
     *
     * @return the database named {@code [database] name}
     * @throws DatabaseUnavailableException after the last failed try, or when interrupted while waiting
     */
    public MongoDatabase await(MongoClient client) {
        int tries = config.startupTries();
        String servers = servers(client);
        String lastCause = "";
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                ping(client, config.name(), tryTimeout);
                if (attempt > 1) {
                    LOG.info("database at {} answered on try {}", servers, attempt);
                }
                return client.getDatabase(config.name());
            } catch (MongoException e) {
                lastCause = cause(client, e);
                LOG.warn("database at {} did not answer (try {}/{}): {}", servers, attempt, tries, lastCause);
            }
            if (attempt < tries) {
                pause(servers);
            }
        }
        Duration waited = config.startupInterval().multipliedBy(tries - 1L);
        throw new DatabaseUnavailableException("database at " + servers + " did not answer after " + tries
                + (tries == 1 ? " try" : " tries") + " over " + DurationText.seconds(waited) + ": " + lastCause);
    }

    /**
     * One ping bounded by {@code timeout}, for {@code check} commands.
     *
     * @throws DatabaseUnavailableException with a one-line message naming the servers and the cause
     */
    public static void probe(MongoClient client, String databaseName, Duration timeout) {
        try {
            ping(client, databaseName, timeout);
        } catch (MongoException e) {
            throw new DatabaseUnavailableException("database at " + servers(client) + " did not answer within "
                    + DurationText.seconds(timeout) + ": " + cause(client, e), e);
        }
    }

    /** Bounded with the driver's client-side operation timeout (CSOT, {@code @Alpha} in driver 5.x). */
    private static void ping(MongoClient client, String databaseName, Duration timeout) {
        client.getDatabase(databaseName).withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .runCommand(new Document("ping", 1));
    }

    private void pause(String servers) {
        try {
            sleeper.sleep(config.startupInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while waiting for the database at " + servers, e);
        }
    }

    static String servers(MongoClient client) {
        ClusterSettings settings = client.getClusterDescription().getClusterSettings();
        if (settings.getSrvHost() != null) {
            return settings.getSrvHost();
        }
        return settings.getHosts().stream().map(Object::toString).reduce((a, b) -> a + "," + b).orElse("?");
    }

    /** What went wrong, on one line: per-server connection errors when the driver saw some, else the exception. */
    static String cause(MongoClient client, MongoException e) {
        List<String> perServer = client.getClusterDescription().getServerDescriptions().stream()
                .filter(d -> d.getException() != null)
                .map(DatabaseWaiter::describe)
                .toList();
        if (!perServer.isEmpty() && e instanceof MongoTimeoutException) {
            return String.join("; ", perServer);
        }
        return oneLine(rootOf(e));
    }

    private static String describe(ServerDescription server) {
        return server.getAddress() + ": " + oneLine(rootOf(server.getException()));
    }

    private static Throwable rootOf(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
