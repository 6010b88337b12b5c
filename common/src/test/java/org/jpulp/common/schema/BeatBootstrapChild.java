package org.jpulp.common.schema;

import com.mongodb.client.MongoClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jpulp.common.testsupport.TestConfigs;
import org.jpulp.testing.mongo.TestMongoClients;

/**
 * A beat reduced to its schema bootstrap, run as a child JVM by {@link TwoBeatsRaceTest}: connects, prints
 * {@code ready}, waits for a line on stdin, runs {@link SchemaBootstrap}, prints {@code result <version>}.
 */
public final class BeatBootstrapChild {

    private BeatBootstrapChild() {
    }

    public static void main(String[] args) throws Exception {
        String connectionString = args[0];
        String database = args[1];
        try (MongoClient client = TestMongoClients.create(connectionString)) {
            client.getDatabase(database).runCommand(new org.bson.Document("ping", 1));
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            int version = new SchemaBootstrap(client.getDatabase(database), TestConfigs.server(), Clock.systemUTC(),
                    "scheduler@host").run();
            System.out.println("result " + version);
        } catch (RuntimeException e) {
            System.out.println("failed " + e);
            System.exit(1);
        }
    }
}
