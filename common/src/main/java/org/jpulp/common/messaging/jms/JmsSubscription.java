package org.jpulp.common.messaging.jms;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.jpulp.common.messaging.MessageHandler;
import org.jpulp.common.messaging.ReceivedMessage;
import org.jpulp.common.messaging.Subscription;
import org.jpulp.common.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive loop of one queue: its own CLIENT_ACKNOWLEDGE session and thread. A message is acknowledged after
 * its handler returned normally; after a failure the session is recovered (after a back-off), which hands the
 * message out again. Any other error closes the session, which returns unacknowledged messages to the broker,
 * and the loop opens a new one after a back-off.
 *
 * <p>{@link #close()} interrupts the thread only while it receives, runs the handler or waits to redeliver, never
 * while it talks to the broker about a delivered message, so an acknowledgement is never cut in half.
 */
final class JmsSubscription implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(JmsSubscription.class);
    private static final long RECEIVE_POLL_MILLIS = 1_000;
    private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    private final Connection connection;
    private final String queue;
    private final MessageHandler handler;
    private final ObjectMapper mapper;
    private final JmsSettings settings;
    private final Sleeper sleeper;
    private final Consumer<JmsSubscription> onClosed;
    private final Thread thread;
    private final Object interruptGuard = new Object();
    private volatile boolean stopping;
    private boolean interruptible; // guarded by interruptGuard
    private volatile Session session;
    private MessageConsumer consumer; // consumer thread only, after construction

    /** Opens the session and consumer in the caller's thread, so that a refused queue is reported to the caller. */
    JmsSubscription(Connection connection, String queue, MessageHandler handler, ObjectMapper mapper,
            JmsSettings settings, Sleeper sleeper, Consumer<JmsSubscription> onClosed) throws JMSException {
        this.connection = connection;
        this.queue = queue;
        this.handler = handler;
        this.mapper = mapper;
        this.settings = settings;
        this.sleeper = sleeper;
        this.onClosed = onClosed;
        this.thread = new Thread(this::run, "jpulp-consume-" + queue);
        open();
    }

    void start() {
        thread.start();
    }

    /** Asks the loop to stop without waiting; {@link #close()} waits. */
    void stop() {
        stopping = true;
        synchronized (interruptGuard) {
            if (interruptible) {
                thread.interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
        if (Thread.currentThread() == thread) {
            return; // closed by its own handler: the loop acknowledges, then ends and closes the session
        }
        if (thread.isAlive()) {
            try {
                thread.join(settings.closeTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("Handler on {} still running {} ms after close; closing its session anyway", queue,
                        settings.closeTimeout().toMillis());
            }
        }
        closeSession();
        onClosed.accept(this);
    }

    private void run() {
        int failures = 0;
        while (!stopping) {
            try {
                if (consumer == null) {
                    open();
                }
                Message message = receive();
                if (message != null) {
                    process(message);
                }
                failures = 0;
            } catch (InterruptedException e) {
                LOG.debug("Consumer of {} interrupted", queue);
            } catch (JMSException | RuntimeException e) {
                if (stopping) {
                    break;
                }
                failures++;
                Duration delay = JmsSettings.backOff(settings.reconnectDelay(), settings.maxReconnectDelay(), failures);
                LOG.warn("Consumer of {} failed: {}; reopening in {} ms", queue, JmsMessaging.oneLine(e),
                        delay.toMillis());
                consumer = null;
                closeSession();
                pauseQuietly(delay);
            }
        }
        consumer = null;
        closeSession();
        onClosed.accept(this);
    }

    private void open() throws JMSException {
        Session opened = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        try {
            consumer = opened.createConsumer(opened.createQueue(queue));
        } catch (JMSException | RuntimeException e) {
            opened.close();
            throw e;
        }
        session = opened;
    }

    private Message receive() throws JMSException, InterruptedException {
        enterInterruptible();
        try {
            return consumer.receive(RECEIVE_POLL_MILLIS);
        } finally {
            leaveInterruptible();
        }
    }

    private void process(Message message) throws JMSException, InterruptedException {
        ReceivedMessage received = toReceived(message);
        Throwable failure = null;
        enterInterruptible();
        try {
            handler.handle(received);
        } catch (Exception | Error e) {
            failure = e;
        } finally {
            leaveInterruptible();
        }
        if (failure == null) {
            message.acknowledge();
            return;
        }
        if (stopping) {
            // closing the session gives the message back to the broker
            LOG.info("Handler for {} stopped by close; it will be redelivered: {}", received, failure.toString());
            return;
        }
        LOG.warn("Handler failed for {}; it will be redelivered: {}", received, failure.toString());
        LOG.debug("Handler failure", failure);
        enterInterruptible();
        try {
            sleeper.sleep(settings.redeliveryDelayAfter(received.deliveryCount()));
        } finally {
            leaveInterruptible();
        }
        session.recover();
    }

    private ReceivedMessage toReceived(Message message) throws JMSException {
        String body = null;
        if (message instanceof TextMessage text) {
            body = text.getText();
        } else if (message instanceof BytesMessage bytes) {
            byte[] content = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(content);
            body = new String(content, StandardCharsets.UTF_8);
        }
        int deliveryCount = message.propertyExists(DELIVERY_COUNT)
                ? message.getIntProperty(DELIVERY_COUNT)
                : (message.getJMSRedelivered() ? 2 : 1);
        return new ReceivedMessage(queue, message.getJMSMessageID(), body, deliveryCount, mapper);
    }

    /** From here until {@link #leaveInterruptible()}, {@link #stop()} may interrupt this thread. */
    private void enterInterruptible() throws InterruptedException {
        synchronized (interruptGuard) {
            if (stopping) {
                throw new InterruptedException("subscription closing");
            }
            interruptible = true;
        }
    }

    /** Ends the interruptible stretch and clears an interrupt that arrived in it. */
    private void leaveInterruptible() {
        synchronized (interruptGuard) {
            interruptible = false;
            Thread.interrupted();
        }
    }

    private void pauseQuietly(Duration delay) {
        try {
            enterInterruptible();
            try {
                sleeper.sleep(delay);
            } finally {
                leaveInterruptible();
            }
        } catch (InterruptedException e) {
            LOG.debug("Consumer of {} interrupted while pausing", queue);
        }
    }

    /** Closes the session (from either thread), which gives unacknowledged messages back to the broker. */
    private void closeSession() {
        Session current = session;
        session = null;
        if (current != null) {
            try {
                current.close();
            } catch (JMSException | RuntimeException e) {
                LOG.debug("Closing the session of {}: {}", queue, e.toString());
            }
        }
    }
}
