package org.jpulp.common.db;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;
import org.jpulp.common.config.DatabaseConfig;

/** Builds the one {@link MongoClient} a process uses, from {@code [database]}. */
public final class MongoConnector {

    /** Shown by {@code db.currentOp()} and in server logs when the caller names no role. */
    public static final String DEFAULT_APPLICATION_NAME = "jpulp";
    /** How long an operation waits for a usable server unless the {@code uri} says otherwise. */
    public static final Duration SERVER_SELECTION_TIMEOUT = Duration.ofSeconds(10);
    /** How long opening one TCP connection may take unless the {@code uri} says otherwise. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private MongoConnector() {
    }

    public static MongoClient connect(DatabaseConfig config) {
        return connect(config, DEFAULT_APPLICATION_NAME);
    }

    /** @param applicationName e.g. {@code jpulp-beat}; sent to the server in the handshake */
    public static MongoClient connect(DatabaseConfig config, String applicationName) {
        return MongoClients.create(settings(config, applicationName));
    }

    /**
     * UUIDs as BSON binary subtype 4, bounded server selection and connect time. Options written in the
     * {@code uri} (e.g. {@code serverSelectionTimeoutMS}) win over these defaults.
     */
    public static MongoClientSettings settings(DatabaseConfig config, String applicationName) {
        return MongoClientSettings.builder()
                .applyToClusterSettings(b -> b.serverSelectionTimeout(SERVER_SELECTION_TIMEOUT.toMillis(),
                        TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b -> b.connectTimeout((int) CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .applicationName(applicationName)
                .applyConnectionString(new ConnectionString(config.connectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build();
    }
}
