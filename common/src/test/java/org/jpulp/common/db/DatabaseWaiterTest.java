package org.jpulp.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jpulp.common.config.DatabaseConfig;
import org.jpulp.common.testsupport.RecordingSleeper;
import org.jpulp.common.testsupport.TestConfigs;
import org.jpulp.common.time.Sleeper;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseWaiterTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration SHORT_TRY = Duration.ofMillis(300);

    private final AtomicReference<EmbeddedMongo> server = new AtomicReference<>();

    @AfterEach
    void stopServer() {
        EmbeddedMongo mongo = server.get();
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    void returnsTheConfiguredDatabaseWhenTheServerAnswers() {
        EmbeddedMongo mongo = start(EmbeddedMongo.Options.inMemory());
        DatabaseConfig config = TestConfigs.database("127.0.0.1:" + mongo.port(), "pulp_database", 12, INTERVAL);
        RecordingSleeper sleeper = RecordingSleeper.recording();

        try (MongoClient client = MongoConnector.connect(config)) {
            MongoDatabase db = new DatabaseWaiter(config, sleeper).await(client);

            assertThat(db.getName()).isEqualTo("pulp_database");
        }
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void givesUpAfterStartupTriesWithOneClearLine() throws IOException {
        int port = freePort();
        DatabaseConfig config = TestConfigs.database("127.0.0.1:" + port, "pulp_database", 4, INTERVAL);
        RecordingSleeper sleeper = RecordingSleeper.recording();
        AtomicInteger attempts = new AtomicInteger();

        try (MongoClient client = MongoConnector.connect(config)) {
            DatabaseWaiter waiter = new DatabaseWaiter(config, sleeper, SHORT_TRY);

            assertThatThrownBy(() -> waiter.await(counting(client, attempts)))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageStartingWith("database at 127.0.0.1:" + port + " did not answer after 4 tries over 15 s: ")
                    .hasMessageContaining("Connection refused")
                    .hasMessageNotContaining("\n");
        }
        assertThat(attempts).hasValue(4);
        assertThat(sleeper.sleeps()).containsExactly(INTERVAL, INTERVAL, INTERVAL);
    }

    @Test
    void succeedsWhenTheServerComesUpAfterAFewTries() throws IOException {
        int port = freePort();
        DatabaseConfig config = TestConfigs.database("127.0.0.1:" + port, "pulp_database", 12, INTERVAL);
        RecordingSleeper sleeper = RecordingSleeper.onEachCall(call -> {
            if (call == 2) {
                start(EmbeddedMongo.Options.inMemory().port(port));
            }
        });

        try (MongoClient client = MongoConnector.connect(config)) {
            MongoDatabase db = new DatabaseWaiter(config, sleeper, Duration.ofSeconds(2)).await(client);

            assertThat(db.getName()).isEqualTo("pulp_database");
        }
        assertThat(sleeper.sleeps()).as("two failed tries, then the third answers").containsExactly(INTERVAL, INTERVAL);
    }

    @Test
    void anInterruptedWaitStopsWithTheInterruptFlagSet() throws IOException {
        DatabaseConfig config = TestConfigs.database("127.0.0.1:" + freePort(), "pulp_database", 12, INTERVAL);
        Sleeper interrupted = d -> {
            throw new InterruptedException();
        };

        try (MongoClient client = MongoConnector.connect(config)) {
            assertThatThrownBy(() -> new DatabaseWaiter(config, interrupted, SHORT_TRY).await(client))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageStartingWith("interrupted while waiting for the database at 127.0.0.1:");
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    @Test
    void probeAnswersOrFailsWithinItsTimeout() throws IOException {
        EmbeddedMongo mongo = start(EmbeddedMongo.Options.inMemory());
        DatabaseConfig up = TestConfigs.database("127.0.0.1:" + mongo.port(), "pulp_database", 1, INTERVAL);
        int port = freePort();
        DatabaseConfig down = TestConfigs.database("127.0.0.1:" + port, "pulp_database", 1, INTERVAL);

        try (MongoClient upClient = MongoConnector.connect(up); MongoClient downClient = MongoConnector.connect(down)) {
            DatabaseWaiter.probe(upClient, "pulp_database", Duration.ofSeconds(5));
            assertThatThrownBy(() -> DatabaseWaiter.probe(downClient, "pulp_database", SHORT_TRY))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageStartingWith("database at 127.0.0.1:" + port + " did not answer within 0.3 s: ")
                    .hasMessageContaining("Connection refused");
        }
    }

    private EmbeddedMongo start(EmbeddedMongo.Options options) {
        EmbeddedMongo mongo = new EmbeddedMongo(options);
        server.set(mongo);
        return mongo;
    }

    /** The same client, counting how often the waiter asks it for a database (once per ping). */
    private static MongoClient counting(MongoClient client, AtomicInteger getDatabaseCalls) {
        return (MongoClient) Proxy.newProxyInstance(MongoClient.class.getClassLoader(), new Class<?>[] {MongoClient.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getDatabase")) {
                        getDatabaseCalls.incrementAndGet();
                    }
                    try {
                        return method.invoke(client, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
