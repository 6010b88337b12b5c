package org.jpulp.common.messaging.jms;

import java.nio.file.Path;
import java.time.Duration;
import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.json.Json;
import org.jpulp.devstack.broker.EmbeddedBrokerJ;
import org.jpulp.testing.broker.EmbeddedArtemis;

/** An embedded Broker-J or Artemis for JMS tests, restartable on the same port and store. */
final class TestBroker implements AutoCloseable {

    /** Short timings so that tests about reconnecting and redelivery finish quickly. */
    static final JmsSettings FAST = new JmsSettings(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(10), Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(10));

    enum Kind {
        BROKER_J, ARTEMIS
    }

    private final EmbeddedBrokerJ brokerJ;
    private final EmbeddedArtemis artemis;

    private TestBroker(EmbeddedBrokerJ brokerJ, EmbeddedArtemis artemis) {
        this.brokerJ = brokerJ;
        this.artemis = artemis;
    }

    /** Starts a broker; dataDirectory null means an in-memory store. */
    static TestBroker start(Kind kind, Path dataDirectory) {
        return start(kind, dataDirectory, 0);
    }

    static TestBroker start(Kind kind, Path dataDirectory, int port) {
        TestBroker broker = switch (kind) {
            case BROKER_J -> new TestBroker(new EmbeddedBrokerJ(EmbeddedBrokerJ.Settings.defaults()
                    .withPort(port).withStoreDirectory(dataDirectory)), null);
            case ARTEMIS -> new TestBroker(null, new EmbeddedArtemis(EmbeddedArtemis.Settings.defaults()
                    .withPort(port).withDataDirectory(dataDirectory)));
        };
        broker.start();
        return broker;
    }

    void start() {
        if (brokerJ != null) {
            brokerJ.start();
        } else {
            artemis.start();
        }
    }

    void stop() {
        if (brokerJ != null) {
            brokerJ.stop();
        } else {
            artemis.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    BrokerConfig config() {
        return brokerJ != null
                ? new BrokerConfig(brokerJ.amqpUrl(), brokerJ.username(), brokerJ.password())
                : new BrokerConfig(artemis.amqpUrl(), artemis.username(), artemis.password());
    }

    /** A started JmsMessaging with {@link #FAST} timings. */
    JmsMessaging connect(String clientId) {
        JmsMessaging messaging = new JmsMessaging(config(), Json.newMapper(), clientId, FAST);
        messaging.start();
        return messaging;
    }
}
