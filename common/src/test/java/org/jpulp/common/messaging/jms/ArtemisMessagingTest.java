package org.jpulp.common.messaging.jms;

import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.messaging.MessagingContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The messaging contract on an embedded ActiveMQ Artemis without persistence. */
class ArtemisMessagingTest extends MessagingContract {

    private static TestBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = TestBroker.start(TestBroker.Kind.ARTEMIS, null);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Override
    protected Messaging newMessaging() {
        return broker.connect("artemis-contract");
    }
}
