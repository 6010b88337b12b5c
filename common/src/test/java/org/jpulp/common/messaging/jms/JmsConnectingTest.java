package org.jpulp.common.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.json.Json;
import org.jpulp.common.messaging.MessagingException;
import org.jpulp.common.messaging.MessagingUnavailableException;
import org.jpulp.testing.broker.EmbeddedArtemis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link JmsMessaging#start()} and {@link JmsMessaging#probe}: how a process first reaches the broker. */
class JmsConnectingTest {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static EmbeddedArtemis broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedArtemis().start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void probe_passes_against_a_running_broker() {
        JmsMessaging.probe(config(broker, broker.password()), PROBE_TIMEOUT);
    }

    @Test
    void probe_reports_rejected_credentials_on_one_line() {
        assertThatThrownBy(() -> JmsMessaging.probe(config(broker, "wrong"), PROBE_TIMEOUT))
                .isInstanceOf(MessagingUnavailableException.class)
                .hasMessageStartingWith("broker " + broker.amqpUrl() + " rejected user 'jpulp': ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void probe_reports_an_unreachable_broker_within_its_timeout() throws IOException {
        BrokerConfig nobody = new BrokerConfig("amqp://127.0.0.1:" + freePort(), "jpulp", "jpulp");
        long started = System.nanoTime();

        assertThatThrownBy(() -> JmsMessaging.probe(nobody, PROBE_TIMEOUT))
                .isInstanceOf(MessagingUnavailableException.class)
                .hasMessageContaining("is not reachable")
                .hasMessageNotContaining("\n");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROBE_TIMEOUT.plusSeconds(2));
    }

    @Test
    void start_fails_at_once_when_the_broker_rejects_the_credentials() {
        try (JmsMessaging messaging = new JmsMessaging(config(broker, "wrong"), Json.newMapper(), "bad-password",
                TestBroker.FAST)) {
            assertThatThrownBy(messaging::start)
                    .isInstanceOf(MessagingUnavailableException.class)
                    .hasMessageContaining("rejected user 'jpulp'");
        }
    }

    @Test
    void start_waits_for_a_broker_that_comes_up_later() throws IOException {
        int port = freePort();
        BrokerConfig config = new BrokerConfig("amqp://127.0.0.1:" + port, "jpulp", "jpulp");
        JmsMessaging messaging = new JmsMessaging(config, Json.newMapper(), "early-bird", TestBroker.FAST);
        CompletableFuture<Void> starting = CompletableFuture.runAsync(messaging::start);
        assertThat(messaging.isConnected()).isFalse();

        EmbeddedArtemis late = new EmbeddedArtemis(EmbeddedArtemis.Settings.defaults().withPort(port)).start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(starting::isDone);
            assertThat(starting).isCompleted();
            assertThat(messaging.isConnected()).isTrue();
        } finally {
            messaging.close();
            late.close();
        }
    }

    @Test
    void using_messaging_before_start_is_an_error() {
        try (JmsMessaging messaging = new JmsMessaging(config(broker, broker.password()), Json.newMapper(),
                "not-started", TestBroker.FAST)) {
            assertThat(messaging.isConnected()).isFalse();
            assertThatThrownBy(() -> messaging.send("q", "x")).isInstanceOf(MessagingException.class)
                    .hasMessageContaining("not started");
            assertThatThrownBy(() -> messaging.consume("q", message -> { }))
                    .isInstanceOf(MessagingException.class);
        }
    }

    private static BrokerConfig config(EmbeddedArtemis target, String password) {
        return new BrokerConfig(target.amqpUrl(), target.username(), password);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
