package org.jpulp.common.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpulp.common.messaging.MessagingUnavailableException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One JmsMessaging outlives a restart of its broker: it notices the outage, reconnects by itself, its
 * subscription resumes, and a persistent message sent before the restart is still delivered after it.
 */
class JmsReconnectTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    public record Note(int number) {
    }

    @ParameterizedTest
    @EnumSource(TestBroker.Kind.class)
    void survives_a_broker_restart_without_being_recreated(TestBroker.Kind kind) {
        String live = "live-" + UUID.randomUUID();
        String parked = "parked-" + UUID.randomUUID();
        try (TestBroker broker = TestBroker.start(kind, dataDirectory);
                JmsMessaging messaging = broker.connect("reconnect-test")) {
            List<Note> liveNotes = new CopyOnWriteArrayList<>();
            messaging.consume(live, message -> liveNotes.add(message.as(Note.class)));
            messaging.send(live, new Note(1));
            await().atMost(TIMEOUT).until(() -> liveNotes.size() == 1);
            messaging.send(parked, new Note(2));

            broker.stop();

            await().atMost(TIMEOUT).until(() -> !messaging.isConnected());
            assertThatThrownBy(() -> messaging.send(live, new Note(3)))
                    .isInstanceOf(MessagingUnavailableException.class);

            broker.start();

            await().atMost(TIMEOUT).until(messaging::isConnected);
            messaging.send(live, new Note(4));
            await().atMost(TIMEOUT).until(() -> liveNotes.size() == 2);
            assertThat(liveNotes).containsExactly(new Note(1), new Note(4));
            List<Note> parkedNotes = new CopyOnWriteArrayList<>();
            messaging.consume(parked, message -> parkedNotes.add(message.as(Note.class)));
            await().atMost(TIMEOUT).until(() -> parkedNotes.size() == 1);
            assertThat(parkedNotes).containsExactly(new Note(2));
        }
    }
}
