package org.jpulp.common.messaging.jms;

import java.util.concurrent.CountDownLatch;
import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.json.Json;

/**
 * The child process of {@link JmsRedeliveryAfterKillTest}: consumes one queue and, inside the handler, prints
 * {@value #MARKER} plus the message body, then blocks until the process is killed, so the message stays
 * unacknowledged.
 *
 * <p>Arguments: amqp URL, user, password, queue.
 */
public final class HoldingConsumerMain {

    static final String MARKER = "HOLDING ";

    private HoldingConsumerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        BrokerConfig config = new BrokerConfig(args[0], args[1], args[2]);
        JmsMessaging messaging = new JmsMessaging(config, Json.newMapper(), "holding-consumer", TestBroker.FAST);
        messaging.start();
        messaging.consume(args[3], message -> {
            System.out.println(MARKER + message.body());
            System.out.flush();
            new CountDownLatch(1).await();
        });
        new CountDownLatch(1).await();
    }
}
