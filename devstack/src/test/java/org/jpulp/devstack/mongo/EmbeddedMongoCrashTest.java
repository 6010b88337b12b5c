package org.jpulp.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.jpulp.devstack.mongo.EmbeddedMongo.Durability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code jpulp-devstack mongo --file ...} in a child JVM, inserts documents one by one (each acknowledged),
 * kills the child with SIGKILL right after the last answer, reopens the file and counts what survived.
 */
class EmbeddedMongoCrashTest {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoCrashTest.class);
    private static final int INSERTS = 1000;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void killLeftoverChild() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
    }

    @RepeatedTest(3)
    void killDashNineRightAfterAcknowledgedInsertsLosesNothingWhenEachWriteIsCommitted() throws Exception {
        assertThat(survivorsOfKillAfterInserts(Durability.COMMIT_EACH_WRITE)).isEqualTo(INSERTS);
    }

    /** The figure for H2's own background commit; a measurement, so only on request ({@code -Djpulp.measure.h2=true}). */
    @Test
    @EnabledIfSystemProperty(named = "jpulp.measure.h2", matches = "true")
    void measureWhatBackgroundCommitLoses() throws Exception {
        int survived = survivorsOfKillAfterInserts(Durability.BACKGROUND_COMMIT);
        assertThat(survived).isBetween(0, INSERTS);
    }

    private int survivorsOfKillAfterInserts(Durability durability) throws Exception {
        Path file = dir.resolve("crash.mv");
        Path output = dir.resolve("child.log");
        child = startChild(file, durability, output);
        String connectionString = awaitReady(output);

        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            for (int i = 0; i < INSERTS; i++) {
                docs.insertOne(new Document("_id", i).append("payload", "document number " + i));
            }
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("child exit status (137 = SIGKILL)").isEqualTo(SIGKILL_EXIT);

        try (EmbeddedMongo reopened = new EmbeddedMongo(file);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            int survived = (int) client.getDatabase("crash").getCollection("docs").countDocuments();
            LOG.info("{}: {}/{} acknowledged inserts survived kill -9", durability, survived, INSERTS);
            return survived;
        }
    }

    private static Process startChild(Path file, Durability durability, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                MongoCommand.class.getName(), "--file", file.toString(), "--port", "0",
                "--durability", durability.name())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    private String awaitReady(Path output) {
        return await("child 'mongo ready' line").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .failFast("child JVM exited early", () -> !child.isAlive())
                .until(() -> readyLine(output), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<String> readyLine(Path output) throws IOException {
        if (!Files.exists(output)) {
            return Optional.empty();
        }
        return Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(MongoCommand.READY + " "))
                .map(line -> line.substring(MongoCommand.READY.length() + 1).strip())
                .findFirst();
    }
}
