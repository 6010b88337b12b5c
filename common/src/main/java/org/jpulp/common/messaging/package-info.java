/**
 * Messaging between jpulp processes: JSON payloads on named, durable queues, delivered at least once.
 *
 * <ul>
 *   <li>{@link org.jpulp.common.messaging.Messaging} is the port; {@code jms.JmsMessaging} talks AMQP 1.0 to Qpid
 *       Broker-J or ActiveMQ Artemis, {@link org.jpulp.common.messaging.InMemoryMessaging} is the twin for unit
 *       tests. Both pass the same contract suite ({@code MessagingContract} in the test sources).</li>
 *   <li>A message is acknowledged only after its handler returned normally. A handler that throws gets the same
 *       message again after a back-off (the same consumer, before later messages); one that is interrupted by
 *       {@code close()}, or whose process dies, leaves it to the next consumer. Handlers must therefore be
 *       idempotent; the delivery count is informational.</li>
 *   <li>{@code isConnected()} is false while the broker is unreachable; sends then fail fast with
 *       {@link org.jpulp.common.messaging.MessagingUnavailableException}, consumers simply wait, and everything
 *       resumes when the client has reconnected.</li>
 *   <li>Only {@code *.jms} packages may import {@code jakarta.jms} or {@code org.apache.qpid}.</li>
 * </ul>
 *
 * <p>{@code JmsMessaging} logs one line per failed start attempt, lost and restored connection. The Qpid JMS
 * client logs the same events again; a process's logback configuration should therefore set
 * {@code org.apache.qpid.jms.provider.failover.FailoverProvider} and {@code org.apache.qpid.jms.JmsConnection}
 * to OFF and {@code org.apache.qpid} to WARN.
 */
package org.jpulp.common.messaging;
