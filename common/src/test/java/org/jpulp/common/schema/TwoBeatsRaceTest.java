package org.jpulp.common.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.process.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link TwoBeatsRaceContract} on the embedded wire server, plus the race between two beat processes. */
@ExtendWith(EmbeddedMongoExtension.class)
class TwoBeatsRaceTest extends TwoBeatsRaceContract {

    private final EmbeddedMongo server;

    TwoBeatsRaceTest(EmbeddedMongo server) {
        this.server = server;
    }

    @Override
    protected String connectionString() {
        return server.connectionString();
    }

    @Test
    void twoBeatProcessesStartedTogetherMigrateOnceAndAgree(@TempDir Path dir) {
        try (ChildJvm first = ChildJvm.start(BeatBootstrapChild.class, dir.resolve("beat1.log"), connectionString(), dbName);
             ChildJvm second = ChildJvm.start(BeatBootstrapChild.class, dir.resolve("beat2.log"), connectionString(), dbName)) {
            first.awaitLine("ready", Duration.ofSeconds(60));
            second.awaitLine("ready", Duration.ofSeconds(60));

            first.send("go");
            second.send("go");

            assertThat(first.awaitLine("result", Duration.ofSeconds(60))).isEqualTo(String.valueOf(SchemaGate.REQUIRED_VERSION));
            assertThat(second.awaitLine("result", Duration.ofSeconds(60))).isEqualTo(String.valueOf(SchemaGate.REQUIRED_VERSION));
            assertThat(first.awaitExit(Duration.ofSeconds(30))).isZero();
            assertThat(second.awaitExit(Duration.ofSeconds(30))).isZero();
        }
        assertOneOfEverything();
    }
}
