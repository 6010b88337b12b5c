package org.jpulp.common.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.json.Json;
import org.jpulp.testing.broker.EmbeddedArtemis;
import org.junit.jupiter.api.Test;

/** A consume loop outlives a failure that is not a handler failure: it logs, reopens its session and goes on. */
class JmsConsumerRecoveryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void a_consumer_whose_queue_was_deleted_under_it_reopens_and_keeps_consuming() {
        try (EmbeddedArtemis broker = new EmbeddedArtemis().start();
                JmsMessaging messaging = new JmsMessaging(
                        new BrokerConfig(broker.amqpUrl(), broker.username(), broker.password()),
                        Json.newMapper(), "recovery-test", TestBroker.FAST)) {
            messaging.start();
            List<String> received = new CopyOnWriteArrayList<>();
            messaging.consume("vanishing", message -> received.add(message.as(String.class)));
            messaging.send("vanishing", "before");
            await().atMost(TIMEOUT).until(() -> received.size() == 1);

            broker.deleteQueue("vanishing");
            messaging.send("vanishing", "after");

            await().atMost(TIMEOUT).until(() -> received.size() == 2);
            assertThat(received).containsExactly("before", "after");
            assertThat(messaging.isConnected()).isTrue();
        }
    }
}
