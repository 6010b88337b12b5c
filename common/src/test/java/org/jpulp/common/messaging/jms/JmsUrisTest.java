package org.jpulp.common.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JmsUrisTest {

    private static final JmsSettings SETTINGS = new JmsSettings(Duration.ofMillis(200), Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(30));

    @Test
    void wraps_a_plain_uri_in_failover_that_retries_forever_after_the_first_connect() {
        assertThat(JmsUris.forRun("amqp://mq:5672?amqp.idleTimeout=60000", SETTINGS)).isEqualTo(
                "failover:(amqp://mq:5672?amqp.idleTimeout=60000)?failover.initialReconnectDelay=200"
                        + "&failover.reconnectDelay=200&failover.maxReconnectDelay=5000"
                        + "&failover.useReconnectBackOff=true&failover.maxReconnectAttempts=-1"
                        + "&failover.startupMaxReconnectAttempts=1");
    }

    @Test
    void keeps_the_options_of_a_configured_failover_uri_but_owns_the_startup_attempts() {
        String configured = "failover:(amqp://a:5672,amqp://b:5672)?failover.maxReconnectDelay=60000"
                + "&failover.startupMaxReconnectAttempts=9";

        String uri = JmsUris.forRun(configured, SETTINGS);

        assertThat(uri).startsWith("failover:(amqp://a:5672,amqp://b:5672)?failover.maxReconnectDelay=60000&")
                .doesNotContain("maxReconnectDelay=5000")
                .endsWith("&failover.startupMaxReconnectAttempts=2");
    }

    @Test
    void a_probe_tries_each_broker_once_within_the_timeout() {
        assertThat(JmsUris.forProbe("amqp://mq:5672", 3000)).isEqualTo(
                "failover:(amqp://mq:5672)?failover.nested.transport.connectTimeout=3000"
                        + "&failover.maxReconnectAttempts=1&failover.startupMaxReconnectAttempts=1");
    }

    @Test
    void back_off_doubles_up_to_the_maximum() {
        Duration initial = Duration.ofMillis(100);
        Duration max = Duration.ofSeconds(1);

        assertThat(JmsSettings.backOff(initial, max, 1)).isEqualTo(Duration.ofMillis(100));
        assertThat(JmsSettings.backOff(initial, max, 3)).isEqualTo(Duration.ofMillis(400));
        assertThat(JmsSettings.backOff(initial, max, 5)).isEqualTo(max);
        assertThat(JmsSettings.backOff(initial, max, 1_000)).isEqualTo(max);
    }
}
