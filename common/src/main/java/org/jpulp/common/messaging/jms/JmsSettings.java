package org.jpulp.common.messaging.jms;

import java.time.Duration;
import java.util.Objects;

/**
 * Timings of {@link JmsMessaging}; {@link #defaults()} suits production, tests shorten them.
 *
 * @param reconnectDelay wait before the first reconnect attempt (and between start attempts); doubles per failure
 * @param maxReconnectDelay upper bound of the reconnect back-off
 * @param operationTimeout how long a send or a session/consumer creation may wait for the broker (also across an
 *     outage) before it fails with {@code MessagingUnavailableException}
 * @param redeliveryDelay wait before a message whose handler failed is handed out again; doubles per delivery
 * @param maxRedeliveryDelay upper bound of the redelivery back-off
 * @param closeTimeout how long closing waits for a running handler before leaving its thread behind
 */
public record JmsSettings(
        Duration reconnectDelay,
        Duration maxReconnectDelay,
        Duration operationTimeout,
        Duration redeliveryDelay,
        Duration maxRedeliveryDelay,
        Duration closeTimeout) {

    public JmsSettings {
        requirePositive(reconnectDelay, "reconnectDelay");
        requirePositive(maxReconnectDelay, "maxReconnectDelay");
        requirePositive(operationTimeout, "operationTimeout");
        requirePositive(redeliveryDelay, "redeliveryDelay");
        requirePositive(maxRedeliveryDelay, "maxRedeliveryDelay");
        requirePositive(closeTimeout, "closeTimeout");
    }

    public static JmsSettings defaults() {
        return new JmsSettings(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    /** The delay before the {@code deliveryCount + 1}-th delivery of a message whose handler failed. */
    Duration redeliveryDelayAfter(int deliveryCount) {
        return backOff(redeliveryDelay, maxRedeliveryDelay, deliveryCount);
    }

    /** The delay after the {@code failures}-th failed attempt, doubling from {@code initial} up to {@code max}. */
    static Duration backOff(Duration initial, Duration max, int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
