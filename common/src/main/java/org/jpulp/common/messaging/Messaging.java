package org.jpulp.common.messaging;

/**
 * Point-to-point messaging between jpulp processes: JSON payloads on named queues, delivered at least once.
 *
 * <p>Handlers must be idempotent: a message is acknowledged only after its handler returned normally, so a
 * crash, a closed subscription or a lost broker connection between the handler's work and the acknowledgement
 * delivers the message again.
 */
public interface Messaging extends AutoCloseable {

    /**
     * Sends payload as a JSON text message, persistent, to the named queue (created on demand).
     *
     * @throws MessagingUnavailableException if the broker cannot be reached; when the connection broke during
     *     the send, the message may still have arrived, so a retried send can produce a duplicate
     * @throws MessagingException if the broker refused the message or this messaging is closed
     * @throws IllegalArgumentException if payload cannot be written as JSON
     */
    void send(String queue, Object payload);

    /**
     * Sends payload as a JSON text message without persistence and without waiting for the broker: a cheap hint
     * for a receiver whose real input is elsewhere (e.g. the database), which must cope with it being lost or
     * arriving late. Consumed like any other message. An implementation may return before the message is sent
     * (signals from one caller keep their order); a failure it meets then is logged, not thrown.
     */
    void signal(String queue, Object payload);

    /**
     * Starts consuming on a dedicated thread; a message is acknowledged only after handler returns normally;
     * if the handler throws, the message is redelivered later (never lost).
     *
     * <p>Closing the returned subscription interrupts a handler that is still running and waits for it to return.
     */
    Subscription consume(String queue, MessageHandler handler);

    /**
     * Like {@link #consume(String, MessageHandler)}, letting the broker hand this consumer up to {@code prefetch}
     * messages ahead of the one being handled (they stay unacknowledged, so a crash or close gives them back). For a
     * queue with a single consumer that must keep up with a stream of messages; the default of 1 suits queues
     * whose consumers compete.
     */
    default Subscription consume(String queue, MessageHandler handler, int prefetch) {
        return consume(queue, handler);
    }

    /** True while the connection to the broker is up (used by GET /status/). */
    boolean isConnected();

    /** Stops consumers (waiting for an in-flight handler), closes the connection; idempotent. */
    @Override
    void close();
}
