package org.jpulp.common.messaging.jms;

import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.json.Json;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.messaging.MessagingContract;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The messaging contract on the real {@code apache/activemq-artemis} image; skipped where there is no Docker.
 * {@code -Djpulp.test.artemisImage=...} picks another image.
 */
@Testcontainers(disabledWithoutDocker = true)
class ArtemisContainerMessagingTest extends MessagingContract {

    private static final int AMQP_PORT = 5672;
    private static final String USER = "jpulp";
    private static final String PASSWORD = "jpulp-secret";

    @Container
    private static final GenericContainer<?> ARTEMIS = new GenericContainer<>(
            DockerImageName.parse(System.getProperty("jpulp.test.artemisImage", "apache/activemq-artemis:2.55.0")))
            .withEnv("ARTEMIS_USER", USER)
            .withEnv("ARTEMIS_PASSWORD", PASSWORD)
            .withExposedPorts(AMQP_PORT)
            .waitingFor(Wait.forListeningPort());

    @Override
    protected Messaging newMessaging() {
        BrokerConfig config = new BrokerConfig(
                "amqp://" + ARTEMIS.getHost() + ":" + ARTEMIS.getMappedPort(AMQP_PORT), USER, PASSWORD);
        JmsMessaging messaging = new JmsMessaging(config, Json.newMapper(), "artemis-container", TestBroker.FAST);
        messaging.start();
        return messaging;
    }
}
