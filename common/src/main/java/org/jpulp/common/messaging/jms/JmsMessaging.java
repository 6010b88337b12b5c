package org.jpulp.common.messaging.jms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.qpid.jms.JmsConnection;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.apache.qpid.jms.JmsConnectionListener;
import org.apache.qpid.jms.JmsOperationTimedOutException;
import org.apache.qpid.jms.message.JmsInboundMessageDispatch;
import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.messaging.MessageHandler;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.messaging.MessagingException;
import org.jpulp.common.messaging.MessagingUnavailableException;
import org.jpulp.common.messaging.Subscription;
import org.jpulp.common.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Messaging} over AMQP 1.0 with Qpid JMS, for Qpid Broker-J and ActiveMQ Artemis.
 *
 * <p>One connection per process. {@link #start()} blocks until the broker answers; afterwards the client's
 * {@code failover:} transport reconnects with back-off whenever the broker goes away, and sessions, producers
 * and consumers are restored without the caller noticing, except that {@link #isConnected()} is false meanwhile
 * and sends fail fast with {@link MessagingUnavailableException}. Each subscription owns a CLIENT_ACKNOWLEDGE
 * session and a thread named {@code jpulp-consume-<queue>} (prefetch 1 unless the subscription asked for more;
 * acknowledgements go out asynchronously); sends share one session and are synchronous and PERSISTENT, signals go
 * out NON_PERSISTENT from the thread {@code jpulp-signal} in call order.
 */
public final class JmsMessaging implements Messaging {

    private static final Logger LOG = LoggerFactory.getLogger(JmsMessaging.class);
    private static final int MAX_CACHED_PRODUCERS = 64;

    private final BrokerConfig config;
    private final ObjectMapper mapper;
    private final String clientId;
    private final JmsSettings settings;
    private final Set<JmsSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final Object sendLock = new Object();
    private static final Duration SIGNAL_FLUSH = Duration.ofSeconds(5);

    private final QueuePrefetch prefetch = new QueuePrefetch();
    private final ExecutorService signals = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jpulp-signal");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, MessageProducer> producers = new LinkedHashMap<>(16, 0.75f, true);
    private volatile JmsConnection connection;
    private volatile boolean connected;
    private volatile boolean closed;
    private Session sendSession; // guarded by sendLock

    public JmsMessaging(BrokerConfig config, ObjectMapper mapper, String clientId) {
        this(config, mapper, clientId, JmsSettings.defaults());
    }

    /**
     * @param clientId names this process in the broker's connection list (as the prefix of the AMQP container
     *     id); it does not need to be unique
     */
    public JmsMessaging(BrokerConfig config, ObjectMapper mapper, String clientId, JmsSettings settings) {
        this.config = Objects.requireNonNull(config, "config");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Connects, retrying with back-off and one WARN line per failed attempt until the broker answers.
     *
     * @throws MessagingUnavailableException if the broker rejects the credentials or the thread is interrupted
     * @throws MessagingException if this messaging was closed meanwhile
     */
    public synchronized void start() {
        if (connection != null) {
            return;
        }
        String uri = JmsUris.forRun(config.amqpUri(), settings);
        for (int attempt = 1; ; attempt++) {
            checkOpen();
            try {
                connect(uri);
                LOG.info("Connected to broker {} as {}", config.amqpUri(), clientId);
                return;
            } catch (JMSSecurityException e) {
                throw new MessagingUnavailableException(
                        "broker " + config.amqpUri() + " rejected user '" + config.user() + "': " + oneLine(e), e);
            } catch (JMSException e) {
                Duration delay = JmsSettings.backOff(settings.reconnectDelay(), settings.maxReconnectDelay(), attempt);
                LOG.warn("Broker {} not reachable (attempt {}): {}; retrying in {} ms", config.amqpUri(), attempt,
                        oneLine(e), delay.toMillis());
                pause(delay);
            }
        }
    }

    /**
     * Opens and closes one connection without reconnecting, within about {@code timeout}.
     *
     * @throws MessagingUnavailableException with a one-line cause if the broker cannot be reached or rejects the
     *     credentials
     */
    public static void probe(BrokerConfig config, Duration timeout) {
        String uri = JmsUris.forProbe(config.amqpUri(), timeout.toMillis());
        CompletableFuture<Void> attempt = new CompletableFuture<>();
        Thread prober = new Thread(() -> {
            try {
                openAndClose(config, uri, timeout);
                attempt.complete(null);
            } catch (Throwable e) {
                attempt.completeExceptionally(e);
            }
        }, "jpulp-broker-probe");
        prober.setDaemon(true);
        prober.start();
        try {
            attempt.get(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String problem = cause instanceof JMSSecurityException
                    ? "rejected user '" + config.user() + "'"
                    : "is not reachable";
            throw new MessagingUnavailableException(
                    "broker " + config.amqpUri() + " " + problem + ": " + oneLine(cause), cause);
        } catch (TimeoutException e) {
            prober.interrupt();
            throw new MessagingUnavailableException(
                    "broker " + config.amqpUri() + " did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingUnavailableException("interrupted while probing broker " + config.amqpUri(), e);
        }
    }

    @Override
    public void send(String queue, Object payload) {
        send(queue, payload, DeliveryMode.PERSISTENT);
    }

    /**
     * Queues the message for this messaging's signal thread, which sends signals one by one in call order, and returns
     * at once: the caller does not wait for the client's I/O thread. A send that fails there is logged and dropped (a
     * signal may be lost anyway); a broker already known to be unreachable fails the call.
     */
    @Override
    public void signal(String queue, Object payload) {
        Objects.requireNonNull(queue, "queue");
        String body = toJson(payload);
        checkOpen();
        requireStarted();
        if (!isConnected()) {
            throw new MessagingUnavailableException(
                    "not connected to broker " + config.amqpUri() + "; cannot send to " + queue);
        }
        try {
            signals.execute(() -> sendSignal(queue, body));
        } catch (RejectedExecutionException e) {
            throw new MessagingException("messaging is closed; cannot send to " + queue);
        }
    }

    private void sendSignal(String queue, String body) {
        try {
            sendBody(queue, body, DeliveryMode.NON_PERSISTENT);
        } catch (MessagingException e) {
            LOG.warn("signal to {} lost: {}", queue, e.getMessage());
        }
    }

    private void send(String queue, Object payload, int deliveryMode) {
        Objects.requireNonNull(queue, "queue");
        String body = toJson(payload);
        checkOpen();
        sendBody(queue, body, deliveryMode);
    }

    /** Sends on the shared session; also while {@link #close()} flushes the queued signals. */
    private void sendBody(String queue, String body, int deliveryMode) {
        requireStarted();
        if (!isConnected()) {
            throw new MessagingUnavailableException(
                    "not connected to broker " + config.amqpUri() + "; cannot send to " + queue);
        }
        synchronized (sendLock) {
            if (!isConnected()) { // lost while waiting for the lock: do not queue behind a dead connection
                throw new MessagingUnavailableException(
                        "not connected to broker " + config.amqpUri() + "; cannot send to " + queue);
            }
            try {
                Session session = sendSession();
                Message message = session.createTextMessage(body);
                producerFor(session, queue).send(message, deliveryMode, Message.DEFAULT_PRIORITY,
                        Message.DEFAULT_TIME_TO_LIVE);
            } catch (JMSException e) {
                discardSendSession();
                throw failure("send to " + queue, e);
            }
        }
    }

    @Override
    public Subscription consume(String queue, MessageHandler handler) {
        return consume(queue, handler, 1);
    }

    @Override
    public Subscription consume(String queue, MessageHandler handler, int prefetchCount) {
        Objects.requireNonNull(queue, "queue");
        prefetch.set(queue, prefetchCount);
        Objects.requireNonNull(handler, "handler");
        checkOpen();
        JmsConnection current = requireStarted();
        JmsSubscription subscription;
        try {
            subscription = new JmsSubscription(current, queue, handler, mapper, settings, Sleeper.SYSTEM,
                    subscriptions::remove);
        } catch (JMSException e) {
            throw failure("consume from " + queue, e);
        }
        subscriptions.add(subscription);
        if (closed) {
            subscription.close();
            throw new MessagingException("messaging is closed");
        }
        subscription.start();
        return subscription;
    }

    @Override
    public boolean isConnected() {
        return connected && !closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        flushSignals();
        List<JmsSubscription> open = new ArrayList<>(subscriptions);
        open.forEach(JmsSubscription::stop);
        open.forEach(JmsSubscription::close);
        JmsConnection current = connection;
        if (current != null) {
            closeQuietly(current);
        }
        connected = false;
        LOG.debug("Closed messaging of {}", clientId);
    }

    /** Lets queued signals go out (a worker's last release, say) before the connection closes. */
    private void flushSignals() {
        signals.shutdown();
        try {
            if (!signals.awaitTermination(SIGNAL_FLUSH.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("signals still queued after {} ms; dropping them", SIGNAL_FLUSH.toMillis());
                signals.shutdownNow();
            }
        } catch (InterruptedException e) {
            signals.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void connect(String uri) throws JMSException {
        JmsConnectionFactory factory = new JmsConnectionFactory(emptyToNull(config.user()),
                emptyToNull(config.secret()), uri);
        factory.setClientIDPrefix(clientId + ":");
        factory.setSendTimeout(settings.operationTimeout().toMillis());
        factory.setRequestTimeout(settings.operationTimeout().toMillis());
        factory.setConnectTimeout(settings.operationTimeout().toMillis());
        factory.setCloseTimeout(settings.operationTimeout().toMillis());
        factory.setPrefetchPolicy(prefetch);
        factory.setForceAsyncAcks(true); // handlers are idempotent: an acknowledgement lost in a crash only redelivers
        JmsConnection created = (JmsConnection) factory.createConnection();
        try {
            created.addConnectionListener(new StateListener());
            created.start();
        } catch (JMSException | RuntimeException e) {
            closeQuietly(created);
            throw e;
        }
        connected = true;
        connection = created;
        if (closed) {
            closeQuietly(created);
            throw new MessagingException("messaging was closed while connecting");
        }
    }

    private static void openAndClose(BrokerConfig config, String uri, Duration timeout) throws JMSException {
        JmsConnectionFactory factory = new JmsConnectionFactory(emptyToNull(config.user()),
                emptyToNull(config.secret()), uri);
        factory.setConnectTimeout(timeout.toMillis());
        factory.setRequestTimeout(timeout.toMillis());
        factory.setCloseTimeout(timeout.toMillis());
        Connection probe = factory.createConnection();
        try {
            probe.start();
        } finally {
            closeQuietly(probe);
        }
    }

    private Session sendSession() throws JMSException {
        if (sendSession == null) {
            sendSession = requireStarted().createSession(false, Session.AUTO_ACKNOWLEDGE);
        }
        return sendSession;
    }

    private MessageProducer producerFor(Session session, String queue) throws JMSException {
        MessageProducer producer = producers.get(queue);
        if (producer == null) {
            producer = session.createProducer(session.createQueue(queue));
            producers.put(queue, producer);
            if (producers.size() > MAX_CACHED_PRODUCERS) {
                var eldest = producers.entrySet().iterator().next();
                producers.remove(eldest.getKey());
                closeQuietly(eldest.getValue());
            }
        }
        return producer;
    }

    /** Drops the send session after a failure, so the next send starts from a fresh one. */
    private void discardSendSession() {
        producers.clear();
        if (sendSession != null) {
            try {
                sendSession.close();
            } catch (JMSException | RuntimeException e) {
                LOG.debug("Closing the failed send session: {}", e.toString());
            }
            sendSession = null;
        }
    }

    private MessagingException failure(String operation, JMSException e) {
        if (closed) {
            return new MessagingException("messaging is closed; cannot " + operation, e);
        }
        if (!isConnected() || e instanceof JmsOperationTimedOutException || e instanceof JMSSecurityException) {
            return new MessagingUnavailableException(
                    "broker " + config.amqpUri() + " unavailable; cannot " + operation + ": " + oneLine(e), e);
        }
        return new MessagingException("cannot " + operation + ": " + oneLine(e), e);
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            String type = payload == null ? "null" : payload.getClass().getName();
            throw new IllegalArgumentException("cannot write a " + type + " as JSON", e);
        }
    }

    private JmsConnection requireStarted() {
        JmsConnection current = connection;
        if (current == null) {
            throw new MessagingException("messaging is not started; call start() first");
        }
        return current;
    }

    private void checkOpen() {
        if (closed) {
            throw new MessagingException("messaging is closed");
        }
    }

    private void pause(Duration delay) {
        try {
            Sleeper.SYSTEM.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingUnavailableException("interrupted while connecting to " + config.amqpUri(), e);
        }
    }

    /** The innermost message of an exception chain, on one line. */
    static String oneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root != error && error.getMessage() != null && !error.getMessage().contains(text)) {
            text = error.getMessage() + " (" + text + ")";
        }
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            LOG.debug("Closing broker connection: {}", e.toString());
        }
    }

    private static void closeQuietly(MessageProducer producer) {
        try {
            producer.close();
        } catch (JMSException | RuntimeException e) {
            LOG.debug("Closing producer: {}", e.toString());
        }
    }

    /** Tracks whether the connection is up; one log line per state change. */
    private final class StateListener implements JmsConnectionListener {

        private volatile boolean established;

        @Override
        public void onConnectionEstablished(URI remoteUri) {
            established = true;
            connected = true;
        }

        @Override
        public void onConnectionFailure(Throwable error) {
            if (!established) {
                return; // a failed start attempt, which start() reports
            }
            connected = false;
            if (!closed) {
                LOG.error("Connection to broker {} failed for good: {}", config.amqpUri(), oneLine(error));
            }
        }

        @Override
        public void onConnectionInterrupted(URI remoteUri) {
            connected = false;
            if (!closed) {
                LOG.warn("Lost connection to broker {}; reconnecting", config.amqpUri());
            }
        }

        @Override
        public void onConnectionRestored(URI remoteUri) {
            connected = true;
            LOG.info("Reconnected to broker {}", config.amqpUri());
        }

        @Override
        public void onInboundMessage(JmsInboundMessageDispatch envelope) {
        }

        @Override
        public void onSessionClosed(Session session, Throwable cause) {
            LOG.debug("Broker closed a session: {}", cause == null ? "" : oneLine(cause));
        }

        @Override
        public void onConsumerClosed(jakarta.jms.MessageConsumer consumer, Throwable cause) {
            LOG.debug("Broker closed a consumer: {}", cause == null ? "" : oneLine(cause));
        }

        @Override
        public void onProducerClosed(MessageProducer producer, Throwable cause) {
            LOG.debug("Broker closed a producer: {}", cause == null ? "" : oneLine(cause));
        }
    }
}
