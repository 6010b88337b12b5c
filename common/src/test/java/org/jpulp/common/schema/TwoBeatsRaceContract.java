package org.jpulp.common.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.common.testsupport.RecordingSleeper;
import org.jpulp.common.testsupport.TestConfigs;
import org.jpulp.common.time.Sleeper;
import org.jpulp.testing.mongo.TestMongoClients;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Several beats bootstrapping one database at the same moment, and beats that died holding the lock. */
abstract class TwoBeatsRaceContract {

    private static final int BEATS = 4;

    protected String dbName;
    protected MongoClient observer;
    protected MongoDatabase db;

    /** Where the server under test listens; every beat gets a client of its own. */
    protected abstract String connectionString();

    @BeforeEach
    void freshDatabase(TestInfo test) {
        dbName = TestMongoClients.uniqueDatabaseName("race_" + test.getTestMethod().orElseThrow().getName());
        observer = TestMongoClients.create(connectionString());
        db = observer.getDatabase(dbName);
    }

    @AfterEach
    void dropDatabase() {
        try {
            db.drop();
        } finally {
            observer.close();
        }
    }

    @Test
    void beatsStartedTogetherMigrateOnceAndAgree() throws Exception {
        AtomicInteger pluginApplied = new AtomicInteger();
        MigrationPackage plugin = new MigrationPackage("test.counting", List.of(counting(pluginApplied)));
        CyclicBarrier start = new CyclicBarrier(BEATS);
        ExecutorService pool = Executors.newFixedThreadPool(BEATS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < BEATS; i++) {
                results.add(pool.submit(() -> {
                    try (MongoClient client = TestMongoClients.create(connectionString())) {
                        MongoDatabase own = client.getDatabase(dbName);
                        own.runCommand(new Document("ping", 1)); // connected before the start line
                        start.await(30, TimeUnit.SECONDS);
                        // the same owner name on purpose: two beats on one host share their process name
                        return new SchemaBootstrap(own, TestConfigs.server(), Clock.systemUTC(), "scheduler@host",
                                List.of(plugin), Sleeper.SYSTEM).run();
                    }
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(SchemaGate.REQUIRED_VERSION);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(pluginApplied).as("a migration ran by exactly one beat").hasValue(1);
        assertOneOfEverything();
    }

    @Test
    void aLockLeftByACrashedBeatIsTakenOverOnceItsLeaseExpired() {
        MutableClock clock = new MutableClock();
        leaveLock("beat@crashed#dead", clock.instant().minusSeconds(1));
        RecordingSleeper sleeper = RecordingSleeper.advancing(clock);

        int version = new SchemaBootstrap(db, TestConfigs.server(), clock, "beat@new", List.of(), sleeper).run();

        assertThat(version).isEqualTo(SchemaGate.REQUIRED_VERSION);
        assertThat(sleeper.sleeps()).isEmpty();
        assertOneOfEverything();
    }

    @Test
    void aLiveLockIsWaitedForUntilItsLeaseRunsOut() {
        MutableClock clock = new MutableClock();
        Instant expiry = clock.instant().plusSeconds(30);
        leaveLock("beat@hung#1", expiry);
        RecordingSleeper sleeper = RecordingSleeper.advancing(clock);

        int version = new SchemaBootstrap(db, TestConfigs.server(), clock, "beat@new", List.of(), sleeper).run();

        assertThat(version).isEqualTo(SchemaGate.REQUIRED_VERSION);
        assertThat(sleeper.sleeps()).containsOnly(SchemaBootstrap.LOCK_POLL);
        assertThat(sleeper.total()).as("waited for the whole lease, not longer than one poll beyond it")
                .isGreaterThan(Duration.ofSeconds(30)).isLessThanOrEqualTo(Duration.ofSeconds(30).plus(SchemaBootstrap.LOCK_POLL));
        assertOneOfEverything();
    }

    protected void assertOneOfEverything() {
        assertThat(db.getCollection("users").countDocuments()).as("users").isEqualTo(1);
        assertThat(db.getCollection("users").find().first().getString("login")).isEqualTo("admin");
        assertThat(db.getCollection("roles").countDocuments()).as("roles").isEqualTo(1);
        assertThat(new MigrationTrackers(db).version(PlatformMigrations.TRACKER)).isEqualTo(SchemaGate.REQUIRED_VERSION);
        assertThat(db.getCollection(MigrationTrackers.COLLECTION).countDocuments(
                new Document("_id", PlatformMigrations.TRACKER))).isEqualTo(1);
        assertThat(db.getCollection(LeaseLock.COLLECTION).countDocuments()).as("lock released").isZero();
    }

    private void leaveLock(String owner, Instant expiresAt) {
        db.getCollection(LeaseLock.COLLECTION).insertOne(new Document("_id", SchemaBootstrap.LOCK_NAME)
                .append("owner", owner).append("acquired_at", Date.from(expiresAt.minusSeconds(60)))
                .append("expires_at", Date.from(expiresAt)));
    }

    private static Migration counting(AtomicInteger applied) {
        return new Migration() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public String description() {
                return "count how often it runs";
            }

            @Override
            public void apply(MongoDatabase target) {
                applied.incrementAndGet();
            }
        };
    }
}
