package org.jpulp.common.messaging.jms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.qpid.jms.JmsDestination;
import org.apache.qpid.jms.JmsSession;
import org.apache.qpid.jms.policy.JmsPrefetchPolicy;

/**
 * How many messages the broker may send each consumer ahead of the one being handled: 1 unless a subscription
 * asked for more for its queue. Shared by every copy Qpid JMS makes, so a queue's value set later still applies.
 */
final class QueuePrefetch implements JmsPrefetchPolicy {

    private final Map<String, Integer> byQueue = new ConcurrentHashMap<>();

    void set(String queue, int prefetch) {
        if (prefetch < 1) {
            throw new IllegalArgumentException("prefetch must be at least 1, got " + prefetch);
        }
        byQueue.merge(queue, prefetch, Math::max);
    }

    @Override
    public JmsPrefetchPolicy copy() {
        return this;
    }

    @Override
    public int getConfiguredPrefetch(JmsSession session, JmsDestination destination, boolean durable, boolean browser) {
        return destination == null ? 1 : byQueue.getOrDefault(destination.getAddress(), 1);
    }
}
