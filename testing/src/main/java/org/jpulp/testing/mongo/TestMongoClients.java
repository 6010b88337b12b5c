package org.jpulp.testing.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;

/** Clients for tests, configured like production ones where it matters (UUIDs as standard binary subtype 4). */
public final class TestMongoClients {

    private TestMongoClients() {
    }

    public static MongoClient create(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyToClusterSettings(b -> b.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyConnectionString(new ConnectionString(connectionString))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applicationName("jpulp-test")
                .build());
    }

    /** A database name no other test uses: {@code <prefix>_<random>}, short enough for every server. */
    public static String uniqueDatabaseName(String prefix) {
        String clean = prefix.replaceAll("[^A-Za-z0-9_]", "_");
        if (clean.length() > 40) {
            clean = clean.substring(0, 40);
        }
        return clean + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
