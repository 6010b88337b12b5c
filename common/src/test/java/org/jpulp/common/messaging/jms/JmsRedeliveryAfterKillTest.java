package org.jpulp.common.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.messaging.ReceivedMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A message held, unacknowledged, by a consumer process that dies by SIGKILL is delivered to another consumer:
 * the acknowledge-after-handler promise across a real crash.
 */
class JmsRedeliveryAfterKillTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    public record Job(String id) {
    }

    @ParameterizedTest
    @EnumSource(TestBroker.Kind.class)
    void a_message_held_by_a_killed_consumer_process_goes_to_another_consumer(TestBroker.Kind kind)
            throws Exception {
        String queue = "kill-" + UUID.randomUUID();
        Job job = new Job(UUID.randomUUID().toString());
        try (TestBroker broker = TestBroker.start(kind, null);
                JmsMessaging messaging = broker.connect("kill-test")) {
            messaging.send(queue, job);

            Process child = startHoldingConsumer(broker, queue);
            try {
                List<String> output = collectOutput(child);
                await().atMost(TIMEOUT).untilAsserted(() -> assertThat(output)
                        .as("child output").anyMatch(line -> line.startsWith(HoldingConsumerMain.MARKER)));
                assertThat(output).filteredOn(line -> line.startsWith(HoldingConsumerMain.MARKER))
                        .singleElement().asString().contains(job.id());

                child.destroyForcibly();
                assertThat(child.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }

            List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
            messaging.consume(queue, received::add);
            await().atMost(TIMEOUT).until(() -> received.size() == 1);
            assertThat(received.get(0).as(Job.class)).isEqualTo(job);
        }
    }

    private static Process startHoldingConsumer(TestBroker broker, String queue) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Map<String, String> config = Map.of("url", broker.config().amqpUri(), "user", broker.config().user(),
                "password", broker.config().secret());
        return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                HoldingConsumerMain.class.getName(), config.get("url"), config.get("user"), config.get("password"),
                queue)
                .redirectErrorStream(true)
                .start();
    }

    /** Reads the child's merged stdout and stderr on a daemon thread. */
    private static List<String> collectOutput(Process child) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException e) {
                lines.add("(output closed: " + e.getMessage() + ")");
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
