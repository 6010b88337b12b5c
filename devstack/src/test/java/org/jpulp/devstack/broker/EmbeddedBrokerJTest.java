package org.jpulp.devstack.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerJTest {

    private static final long RECEIVE_TIMEOUT_MILLIS = 10_000;

    @TempDir
    Path storeDirectory;

    @Test
    void derby_store_keeps_a_persistent_message_across_a_restart_on_the_same_port() throws Exception {
        try (EmbeddedBrokerJ broker = new EmbeddedBrokerJ(
                EmbeddedBrokerJ.Settings.defaults().withStoreDirectory(storeDirectory)).start()) {
            int port = broker.port();
            send(broker, "kept", "survives a restart");

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            assertThat(broker.port()).isEqualTo(port);
            assertThat(receive(broker, "kept")).isEqualTo("survives a restart");
        }
    }

    @Test
    void in_memory_store_accepts_persistent_messages_on_queues_created_on_demand() throws Exception {
        try (EmbeddedBrokerJ broker = new EmbeddedBrokerJ().start()) {
            send(broker, "created-by-producer", "first");

            assertThat(receive(broker, "created-by-producer")).isEqualTo("first");
        }
    }

    @Test
    void in_memory_store_starts_empty_after_a_restart() throws Exception {
        try (EmbeddedBrokerJ broker = new EmbeddedBrokerJ().start()) {
            send(broker, "forgotten", "gone after restart");
            broker.stop();
            broker.start();

            assertThat(receive(broker, "forgotten", 500)).isNull();
        }
    }

    @Test
    void refuses_a_wrong_password() {
        try (EmbeddedBrokerJ broker = new EmbeddedBrokerJ(
                EmbeddedBrokerJ.Settings.defaults().withCredentials("alice", "right")).start()) {
            JmsConnectionFactory factory = new JmsConnectionFactory("alice", "wrong", broker.amqpUrl());

            assertThatThrownBy(() -> {
                try (Connection connection = factory.createConnection()) {
                    connection.start();
                }
            }).isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void fails_loudly_when_the_port_is_taken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            EmbeddedBrokerJ broker = new EmbeddedBrokerJ(
                    EmbeddedBrokerJ.Settings.defaults().withPort(taken.getLocalPort()));

            assertThatThrownBy(broker::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not listen on 127.0.0.1:" + taken.getLocalPort());
            assertThat(broker.isRunning()).isFalse();
        }
    }

    private static void send(EmbeddedBrokerJ broker, String queue, String text) throws JMSException {
        try (Connection connection = connect(broker);
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            producer.send(session.createTextMessage(text), DeliveryMode.PERSISTENT, 4, 0);
        }
    }

    private static String receive(EmbeddedBrokerJ broker, String queue) throws JMSException {
        return receive(broker, queue, RECEIVE_TIMEOUT_MILLIS);
    }

    private static String receive(EmbeddedBrokerJ broker, String queue, long timeoutMillis) throws JMSException {
        try (Connection connection = connect(broker);
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            TextMessage message = (TextMessage) session.createConsumer(session.createQueue(queue))
                    .receive(timeoutMillis);
            return message == null ? null : message.getText();
        }
    }

    private static Connection connect(EmbeddedBrokerJ broker) throws JMSException {
        return new JmsConnectionFactory(broker.username(), broker.password(), broker.amqpUrl()).createConnection();
    }
}
