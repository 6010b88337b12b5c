package org.jpulp.common.messaging;

/**
 * A running consumer of one queue. {@link #close()} stops receiving, interrupts a handler that is still running,
 * waits for it to return and gives every unacknowledged message back to the queue; it is idempotent.
 */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
