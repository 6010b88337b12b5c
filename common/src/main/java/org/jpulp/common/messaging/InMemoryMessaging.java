package org.jpulp.common.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jpulp.common.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process twin of the broker-backed {@link Messaging} for unit tests: same JSON encoding, same
 * acknowledge-after-handler and redelivery semantics, thread-safe, nothing survives the JVM.
 *
 * <p>A message whose handler throws goes back to the head of its queue after {@code redeliveryDelay}.
 * {@link #setConnected(boolean)} simulates a broker outage: sends fail with {@link MessagingUnavailableException}
 * and nothing is delivered until the connection is "restored".
 */
public final class InMemoryMessaging implements Messaging {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryMessaging.class);
    private static final Duration DEFAULT_REDELIVERY_DELAY = Duration.ofMillis(50);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final ObjectMapper mapper;
    private final Duration redeliveryDelay;
    private final AtomicLong nextId = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Deque<Envelope>> queues = new HashMap<>();
    private final Set<Consumer> consumers = new HashSet<>();
    private boolean connected = true;
    private boolean closed;

    public InMemoryMessaging() {
        this(Json.newMapper(), DEFAULT_REDELIVERY_DELAY);
    }

    public InMemoryMessaging(ObjectMapper mapper, Duration redeliveryDelay) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.redeliveryDelay = Objects.requireNonNull(redeliveryDelay, "redeliveryDelay");
    }

    @Override
    public void signal(String queue, Object payload) {
        send(queue, payload);
    }

    @Override
    public void send(String queue, Object payload) {
        String body = toJson(payload);
        lock.lock();
        try {
            checkOpen();
            if (!connected) {
                throw new MessagingUnavailableException("in-memory broker is disconnected; cannot send to " + queue);
            }
            queueOf(queue).addLast(new Envelope("ID:in-memory-" + nextId.incrementAndGet(), body, 0));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Subscription consume(String queue, MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        Consumer consumer;
        lock.lock();
        try {
            checkOpen();
            queueOf(queue);
            consumer = new Consumer(queue, handler);
            consumers.add(consumer);
        } finally {
            lock.unlock();
        }
        consumer.thread.start();
        return consumer;
    }

    @Override
    public boolean isConnected() {
        lock.lock();
        try {
            return connected && !closed;
        } finally {
            lock.unlock();
        }
    }

    /** Simulates losing ({@code false}) and regaining ({@code true}) the broker connection. */
    public void setConnected(boolean connected) {
        lock.lock();
        try {
            this.connected = connected;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The bodies of the messages waiting on a queue, oldest first (not counting those held by a handler). */
    public List<String> pending(String queue) {
        lock.lock();
        try {
            Deque<Envelope> messages = queues.get(queue);
            return messages == null ? List.of() : messages.stream().map(Envelope::body).toList();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        List<Consumer> toClose;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(consumers);
        } finally {
            lock.unlock();
        }
        toClose.forEach(Consumer::stop);
        toClose.forEach(Consumer::close);
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a " + payload.getClass().getName() + " as JSON", e);
        }
    }

    private Deque<Envelope> queueOf(String queue) {
        Objects.requireNonNull(queue, "queue");
        return queues.computeIfAbsent(queue, name -> new ArrayDeque<>());
    }

    private void checkOpen() {
        if (closed) {
            throw new MessagingException("messaging is closed");
        }
    }

    private record Envelope(String id, String body, int deliveries) {

        Envelope delivered() {
            return new Envelope(id, body, deliveries + 1);
        }
    }

    private final class Consumer implements Subscription, Runnable {

        private final String queue;
        private final MessageHandler handler;
        private final Thread thread;
        private volatile boolean stopping;

        Consumer(String queue, MessageHandler handler) {
            this.queue = queue;
            this.handler = handler;
            this.thread = new Thread(this, "jpulp-consume-" + queue);
        }

        @Override
        public void run() {
            while (!stopping) {
                try {
                    Envelope envelope = take();
                    if (envelope != null) {
                        deliver(envelope);
                    }
                } catch (InterruptedException e) {
                    LOG.debug("Consumer of {} interrupted", queue);
                }
            }
        }

        private Envelope take() throws InterruptedException {
            lock.lockInterruptibly();
            try {
                while (!stopping) {
                    Envelope next = connected ? queues.get(queue).pollFirst() : null;
                    if (next != null) {
                        return next.delivered();
                    }
                    changed.await();
                }
                return null;
            } finally {
                lock.unlock();
            }
        }

        /** Runs the handler; the message goes back to the head of the queue unless the handler returned normally. */
        private void deliver(Envelope envelope) throws InterruptedException {
            ReceivedMessage message =
                    new ReceivedMessage(queue, envelope.id(), envelope.body(), envelope.deliveries(), mapper);
            boolean handled = false;
            try {
                handler.handle(message);
                handled = true;
            } catch (Exception | Error e) {
                if (stopping) {
                    LOG.info("Handler for {} stopped by close; it will be redelivered: {}", message, e.toString());
                    return;
                }
                LOG.warn("Handler failed for {}; it will be redelivered: {}", message, e.toString());
                LOG.debug("Handler failure", e);
                TimeUnit.NANOSECONDS.sleep(redeliveryDelay.toNanos());
            } finally {
                if (!handled) {
                    putBack(envelope);
                }
            }
        }

        private void putBack(Envelope envelope) {
            lock.lock();
            try {
                queues.get(queue).addFirst(envelope);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void stop() {
            stopping = true;
            thread.interrupt();
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            stop();
            if (Thread.currentThread() != thread) {
                try {
                    thread.join(CLOSE_WAIT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (thread.isAlive()) {
                    LOG.warn("Handler on {} still running {} s after close; leaving it behind", queue,
                            CLOSE_WAIT.toSeconds());
                }
            }
            lock.lock();
            try {
                consumers.remove(this);
            } finally {
                lock.unlock();
            }
        }
    }
}
