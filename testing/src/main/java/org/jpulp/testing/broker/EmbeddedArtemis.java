package org.jpulp.testing.broker;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.jpulp.devstack.logging.QuietLoggers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded ActiveMQ Artemis speaking AMQP 1.0 only, with one user allowed everything, queues created on first
 * use, and a dead-letter and an expiry address (without them Artemis drops a message after ten failed deliveries
 * and warns about every queue). Persistence to a directory is optional; a stopped broker starts again on the same
 * port and directory, which is what reconnect tests need.
 */
public final class EmbeddedArtemis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedArtemis.class);
    private static final String ACCEPTOR = "amqp";
    private static final String ROLE = "jpulp";

    private final Settings settings;
    private EmbeddedActiveMQ server;
    private int boundPort;

    /**
     * @param bindAddress the address the AMQP acceptor listens on
     * @param port the AMQP port; 0 picks a free one on the first start and keeps it for restarts
     * @param username the one user
     * @param password its password
     * @param dataDirectory the journal directory, or null to keep everything in memory
     * @param maxDeliveryAttempts deliveries after which a message moves to {@code DLQ.<queue>}
     */
    public record Settings(String bindAddress, int port, String username, String password, Path dataDirectory,
            int maxDeliveryAttempts) {

        public Settings {
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        /** 127.0.0.1, a free port, user {@code jpulp} with password {@code jpulp}, no persistence, 10 deliveries. */
        public static Settings defaults() {
            return new Settings("127.0.0.1", 0, "jpulp", "jpulp", null, 10);
        }

        public Settings withPort(int newPort) {
            return new Settings(bindAddress, newPort, username, password, dataDirectory, maxDeliveryAttempts);
        }

        public Settings withCredentials(String user, String secret) {
            return new Settings(bindAddress, port, user, secret, dataDirectory, maxDeliveryAttempts);
        }

        public Settings withDataDirectory(Path directory) {
            return new Settings(bindAddress, port, username, password, directory, maxDeliveryAttempts);
        }

        public Settings withMaxDeliveryAttempts(int attempts) {
            return new Settings(bindAddress, port, username, password, dataDirectory, attempts);
        }
    }

    public EmbeddedArtemis() {
        this(Settings.defaults());
    }

    public EmbeddedArtemis(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.boundPort = settings.port();
    }

    /** Starts the broker (a no-op if it runs) and returns it. */
    public synchronized EmbeddedArtemis start() {
        if (server != null) {
            return this;
        }
        QuietLoggers.atWarn("org.apache.activemq.audit", "org.apache.activemq.artemis");
        EmbeddedActiveMQ starting = new EmbeddedActiveMQ()
                .setConfiguration(configuration())
                .setSecurityManager(securityManager());
        try {
            starting.start();
        } catch (Exception e) {
            stopQuietly(starting);
            throw new IllegalStateException("Artemis did not start: " + e.getMessage(), e);
        }
        // Artemis starts even when the acceptor cannot bind; it only logs the failure.
        NettyAcceptor acceptor =
                (NettyAcceptor) starting.getActiveMQServer().getRemotingService().getAcceptor(ACCEPTOR);
        if (!starting.getActiveMQServer().isActive() || acceptor == null || !acceptor.isStarted()
                || acceptor.getActualPort() <= 0) {
            stopQuietly(starting);
            throw new IllegalStateException("Artemis could not listen on " + settings.bindAddress() + ":" + boundPort
                    + "; is the port in use?");
        }
        server = starting;
        boundPort = acceptor.getActualPort();
        LOG.info("Artemis listening on {}:{} ({})", settings.bindAddress(), boundPort,
                settings.dataDirectory() == null ? "no persistence" : settings.dataDirectory());
        return this;
    }

    /** Stops the broker if it runs; the data directory is kept. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Artemis did not stop cleanly: " + e.getMessage(), e);
        } finally {
            server = null;
        }
        LOG.debug("Artemis on port {} stopped", boundPort);
    }

    /** Stops and starts again on the same port and data directory. */
    public synchronized EmbeddedArtemis restart() {
        stop();
        return start();
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The AMQP port, known after the first start. */
    public synchronized int port() {
        if (boundPort == 0) {
            throw new IllegalStateException("the broker has not been started yet");
        }
        return boundPort;
    }

    /** {@code amqp://host:port}, connectable with {@link #username()} and {@link #password()}. */
    public String amqpUrl() {
        String host = "0.0.0.0".equals(settings.bindAddress()) ? "127.0.0.1" : settings.bindAddress();
        return "amqp://" + host + ":" + port();
    }

    /**
     * Deletes a queue even while consumers are attached (they are disconnected), to test how clients cope with a
     * queue vanishing under them.
     */
    public synchronized void deleteQueue(String queue) {
        if (server == null) {
            throw new IllegalStateException("the broker is not running");
        }
        try {
            server.getActiveMQServer().destroyQueue(SimpleString.of(queue), null, false, true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot delete queue " + queue + ": " + e.getMessage(), e);
        }
    }

    public String username() {
        return settings.username();
    }

    public String password() {
        return settings.password();
    }

    private Configuration configuration() {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setName("jpulp-artemis");
        configuration.setSecurityEnabled(true);
        configuration.setJMXManagementEnabled(false);
        configuration.setMaxDiskUsage(100);
        try {
            configuration.addAcceptorConfiguration(ACCEPTOR,
                    "tcp://" + settings.bindAddress() + ":" + boundPort + "?protocols=AMQP");
        } catch (Exception e) {
            throw new IllegalArgumentException("bad acceptor address " + settings.bindAddress(), e);
        }
        Path data = settings.dataDirectory();
        configuration.setPersistenceEnabled(data != null);
        if (data != null) {
            configuration.setJournalType(JournalType.NIO);
            configuration.setJournalDirectory(data.resolve("journal").toString());
            configuration.setBindingsDirectory(data.resolve("bindings").toString());
            configuration.setPagingDirectory(data.resolve("paging").toString());
            configuration.setLargeMessagesDirectory(data.resolve("large-messages").toString());
            configuration.setNodeManagerLockDirectory(data.toString());
        }
        configuration.putSecurityRoles("#", Set.of(
                new Role(ROLE, true, true, true, true, true, true, true, true, true, true, true, true)));
        configuration.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("DLA"))
                .setAutoCreateDeadLetterResources(true)
                .setExpiryAddress(SimpleString.of("ExpiryAddress"))
                .setAutoCreateExpiryResources(true)
                .setMaxDeliveryAttempts(settings.maxDeliveryAttempts()));
        return configuration;
    }

    private ActiveMQJAASSecurityManager securityManager() {
        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser(settings.username(), settings.password());
        users.addRole(settings.username(), ROLE);
        return new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users);
    }

    private static void stopQuietly(EmbeddedActiveMQ failed) {
        try {
            failed.stop();
        } catch (Exception e) {
            LOG.debug("Stopping Artemis after a failed start: {}", e.toString());
        }
    }
}
