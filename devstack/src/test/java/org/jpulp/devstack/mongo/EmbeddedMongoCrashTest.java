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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        assertThat(survivorsOfKillAfterInserts(Durability.COMMIT_EACH_WRITE, 1)).isEqualTo(INSERTS);
    }

    @Test
    void concurrentWritersLoseNothingEither() throws Exception {
        assertThat(survivorsOfKillAfterInserts(Durability.COMMIT_EACH_WRITE, 4)).isEqualTo(INSERTS);
    }

    @Test
    void killDashNineInTheMiddleOfWritingKeepsEveryAcknowledgedWrite() throws Exception {
        Path file = dir.resolve("midway.mv");
        child = startChild(file, Durability.COMMIT_EACH_WRITE, dir.resolve("child.log"));
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        try (MongoClient client = MongoClients.create(awaitReady(dir.resolve("child.log")))) {
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            Thread writer = new Thread(() -> {
                for (int i = 0; ; i++) {
                    try {
                        docs.insertOne(new Document("_id", i));
                        acknowledged.add(i);
                    } catch (RuntimeException e) {
                        return; // the server is gone
                    }
                }
            }, "crash-writer");
            writer.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= INSERTS / 2);
            child.destroyForcibly();
            writer.join(Duration.ofSeconds(60).toMillis());
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (EmbeddedMongo reopened = new EmbeddedMongo(file);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            Set<Integer> stored = new HashSet<>();
            client.getDatabase("crash").getCollection("docs").find().forEach(d -> stored.add(d.getInteger("_id")));
            LOG.info("killed while writing: {} acknowledged, {} stored", acknowledged.size(), stored.size());
            assertThat(stored).containsAll(acknowledged);
        }
    }

    /** The figure for H2's own background commit; a measurement, so only on request ({@code -Djpulp.measure.h2=true}). */
    @Test
    @EnabledIfSystemProperty(named = "jpulp.measure.h2", matches = "true")
    void measureWhatBackgroundCommitLoses() throws Exception {
        int survived = survivorsOfKillAfterInserts(Durability.BACKGROUND_COMMIT, 1);
        assertThat(survived).isBetween(0, INSERTS);
    }

    private int survivorsOfKillAfterInserts(Durability durability, int writers) throws Exception {
        Path file = dir.resolve("crash.mv");
        Path output = dir.resolve("child.log");
        child = startChild(file, durability, output);
        String connectionString = awaitReady(output);

        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int first = w;
                done.add(pool.submit(() -> {
                    for (int i = first; i < INSERTS; i += writers) {
                        docs.insertOne(new Document("_id", i).append("payload", "document number " + i));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(120, TimeUnit.SECONDS);
            }
            child.destroyForcibly();
            pool.shutdown();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("child exit status (137 = SIGKILL)").isEqualTo(SIGKILL_EXIT);

        try (EmbeddedMongo reopened = new EmbeddedMongo(file);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            int survived = (int) client.getDatabase("crash").getCollection("docs").countDocuments();
            LOG.info("{}, {} writer(s): {}/{} acknowledged inserts survived kill -9", durability, writers, survived, INSERTS);
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
