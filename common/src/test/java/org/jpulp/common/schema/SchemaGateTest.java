package org.jpulp.common.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.Collections;
import org.jpulp.common.testsupport.RecordingSleeper;
import org.jpulp.common.testsupport.TestConfigs;
import org.jpulp.common.time.Sleeper;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class SchemaGateTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    private final MongoDatabase db;
    private final MutableClock clock = new MutableClock();

    SchemaGateTest(MongoDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() {
        db.drop();
    }

    @Test
    void returnsAtOnceWhenTheSchemaIsReady() {
        new MigrationTrackers(db).record(PlatformMigrations.TRACKER, SchemaGate.REQUIRED_VERSION);
        RecordingSleeper sleeper = RecordingSleeper.advancing(clock);

        new SchemaGate(db, clock, sleeper).await(WAIT);

        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void timesOutWithAClearMessageWhenBeatNeverMigrates() {
        RecordingSleeper sleeper = RecordingSleeper.advancing(clock);

        assertThatThrownBy(() -> new SchemaGate(db, clock, sleeper).await(WAIT))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessage("schema version 0 < required 4 after 120 s: is jpulp-beat running?");
        assertThat(sleeper.total()).isEqualTo(WAIT);
        assertThat(sleeper.sleeps()).hasSize(120).containsOnly(SchemaGate.POLL_INTERVAL);
    }

    @Test
    void aPartlyMigratedSchemaIsNotEnough() {
        new MigrationTrackers(db).record(PlatformMigrations.TRACKER, 1);

        assertThatThrownBy(() -> new SchemaGate(db, clock, RecordingSleeper.advancing(clock)).await(Duration.ofMillis(2500)))
                .hasMessage("schema version 1 < required 4 after 2.5 s: is jpulp-beat running?");
    }

    @Test
    void failsAtOnceForASchemaNewerThanThisBuild() {
        new MigrationTrackers(db).record(PlatformMigrations.TRACKER, 5);
        RecordingSleeper sleeper = RecordingSleeper.advancing(clock);

        assertThatThrownBy(() -> new SchemaGate(db, clock, sleeper).await(WAIT))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessage("database schema 5 is newer than this jpulp (4): upgrade jpulp");
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void returnsOnceBeatHasMigratedWhileItWaited() {
        RecordingSleeper sleeper = RecordingSleeper.onEachCall(call -> {
            clock.advance(SchemaGate.POLL_INTERVAL);
            if (call == 3) {
                new SchemaBootstrap(db, TestConfigs.server(), clock, "beat@test", Collections.emptyList(),
                        RecordingSleeper.recording()).run();
            }
        });

        new SchemaGate(db, clock, sleeper).await(WAIT);

        assertThat(sleeper.sleeps()).hasSize(3);
    }

    @Test
    void anInterruptedWaitStopsWithTheInterruptFlagSet() {
        Sleeper interrupted = d -> {
            throw new InterruptedException();
        };

        assertThatThrownBy(() -> new SchemaGate(db, clock, interrupted).await(WAIT))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessage("interrupted while waiting for the schema");
        assertThat(Thread.interrupted()).isTrue();
    }
}
