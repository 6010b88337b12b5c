package org.jpulp.common.messaging.jms;

import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.messaging.MessagingContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The messaging contract on an embedded Qpid Broker-J with an in-memory Derby store. */
class BrokerJMessagingTest extends MessagingContract {

    private static TestBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = TestBroker.start(TestBroker.Kind.BROKER_J, null);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Override
    protected Messaging newMessaging() {
        return broker.connect("brokerj-contract");
    }
}
