package org.jpulp.devstack.broker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.State;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.VirtualHost;
import org.apache.qpid.server.model.VirtualHostNode;
import org.jpulp.devstack.logging.QuietLoggers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Qpid Broker-J 10 speaking AMQP 1.0, with one user, queues created on first use and a Derby message
 * store (on disk, or in memory so that PERSISTENT messages are still accepted).
 *
 * <p>{@link #start()} fails loudly when the virtual host does not become ACTIVE (Broker-J itself starts "fine"
 * with a broken virtual host). {@link #stop()} always shuts the broker down, because its threads are not
 * daemons; a stopped broker can be started again on the same port and store.
 */
public final class EmbeddedBrokerJ implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBrokerJ.class);
    private static final String MODEL_VERSION = "9.1";
    private static final String PORT_NAME = "AMQP";
    private static final String MEMORY_STORE = "memory:";
    private static final Duration ACTIVATION_TIMEOUT = Duration.ofSeconds(30);
    private static final String DERBY_LOG_METHOD = "derby.stream.error.method";

    private final Settings settings;
    private SystemLauncher launcher;
    private Broker<?> broker;
    private Path workDirectory;
    private String nodeName;
    private int boundPort;

    /**
     * @param bindAddress the address the AMQP port listens on ({@code 127.0.0.1} by default)
     * @param port the AMQP port; 0 picks a free one on the first start and keeps it for restarts
     * @param username the one user allowed to connect
     * @param password its password
     * @param storeDirectory the Derby store directory, or null for an in-memory store that starts empty each time
     */
    public record Settings(String bindAddress, int port, String username, String password, Path storeDirectory) {

        public Settings {
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
        }

        /** 127.0.0.1, a free port, user {@code jpulp} with password {@code jpulp}, in-memory store. */
        public static Settings defaults() {
            return new Settings("127.0.0.1", 0, "jpulp", "jpulp", null);
        }

        public Settings withBindAddress(String address) {
            return new Settings(address, port, username, password, storeDirectory);
        }

        public Settings withPort(int newPort) {
            return new Settings(bindAddress, newPort, username, password, storeDirectory);
        }

        public Settings withCredentials(String user, String secret) {
            return new Settings(bindAddress, port, user, secret, storeDirectory);
        }

        public Settings withStoreDirectory(Path directory) {
            return new Settings(bindAddress, port, username, password, directory);
        }

        public Settings inMemory() {
            return withStoreDirectory(null);
        }
    }

    public EmbeddedBrokerJ() {
        this(Settings.defaults());
    }

    public EmbeddedBrokerJ(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.boundPort = settings.port();
    }

    /** Starts the broker (a no-op if it runs) and returns it. */
    public synchronized EmbeddedBrokerJ start() {
        if (launcher != null) {
            return this;
        }
        QuietLoggers.atWarn("qpid.message", "org.apache.qpid.server");
        QuietLoggers.atError("DERBY"); // Broker-J files every Derby line it cannot classify as a warning
        // Broker-J routes Derby's log to SLF4J only after Derby has booted, which leaves a derby.log in the
        // working directory; naming the route before the first boot avoids it.
        System.getProperties().putIfAbsent(DERBY_LOG_METHOD,
                "org.apache.qpid.server.store.derby.DerbyUtils.getDerbyLogWriter");
        try {
            prepareStore();
            launch();
            boundPort = boundAmqpPort();
            awaitVirtualHostActive();
        } catch (Exception e) {
            stop();
            throw e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Broker-J did not start: " + e.getMessage(), e);
        }
        LOG.info("Broker-J listening on {}:{} ({} store)", settings.bindAddress(), boundPort,
                settings.storeDirectory() == null ? "in-memory" : settings.storeDirectory());
        return this;
    }

    /**
     * Shuts the broker down if it runs. A store directory is kept; an in-memory store is abandoned (each start
     * uses a new one, and Derby keeps the old one's few megabytes until the JVM exits, because dropping it costs
     * a second).
     */
    public synchronized void stop() {
        if (launcher == null) {
            return;
        }
        try {
            launcher.shutdown();
        } finally {
            launcher = null;
            broker = null;
            if (settings.storeDirectory() == null) {
                deleteRecursively(workDirectory);
            }
        }
        LOG.debug("Broker-J on port {} stopped", boundPort);
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return launcher != null;
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
        String host = "0.0.0.0".equals(settings.bindAddress()) || "*".equals(settings.bindAddress())
                ? "127.0.0.1"
                : settings.bindAddress();
        return "amqp://" + host + ":" + port();
    }

    public String username() {
        return settings.username();
    }

    public String password() {
        return settings.password();
    }

    private void prepareStore() throws IOException {
        if (settings.storeDirectory() == null) {
            workDirectory = Files.createTempDirectory("jpulp-brokerj");
            nodeName = "jpulp-" + UUID.randomUUID();
        } else {
            workDirectory = Files.createDirectories(settings.storeDirectory());
            nodeName = "jpulp";
        }
    }

    private void launch() throws Exception {
        Path initialConfig = workDirectory.resolve("initial-config.json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(initialConfig.toFile(), initialConfiguration());
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", "Memory");
        attributes.put("initialConfigurationLocation", initialConfig.toAbsolutePath().toString());
        attributes.put("startupLoggedToSystemOut", false);
        attributes.put("context", Map.of(
                "qpid.work_dir", workDirectory.toAbsolutePath().toString(),
                "qpid.amqp_port", String.valueOf(boundPort)));
        launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void onContainerResolve(SystemConfig<?> systemConfig) {
                broker = (Broker<?>) systemConfig.getContainer();
            }
        });
        launcher.startup(attributes);
        if (broker == null) {
            throw new IllegalStateException("Broker-J started without a broker object");
        }
    }

    private Map<String, Object> initialConfiguration() throws IOException {
        Map<String, Object> user = Map.of("name", settings.username(), "password", settings.password(),
                "type", "managed");
        Map<String, Object> authentication = Map.of("name", "plain", "type", "Plain", "users", List.of(user));
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("name", PORT_NAME);
        port.put("port", "${qpid.amqp_port}");
        port.put("bindingAddress", settings.bindAddress());
        port.put("protocols", List.of("AMQP_1_0"));
        port.put("authenticationProvider", "plain");
        // Qpid JMS sends the URL host as the AMQP hostname; defaultAlias alone only matches an empty one.
        port.put("virtualhostaliases", List.of(
                Map.of("name", "nameAlias", "type", "nameAlias"),
                Map.of("name", "defaultAlias", "type", "defaultAlias"),
                Map.of("name", "hostnameAlias", "type", "hostnameAlias")));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", nodeName);
        node.put("type", "DERBY");
        node.put("storePath", settings.storeDirectory() == null
                ? MEMORY_STORE
                : workDirectory.resolve("derby").toAbsolutePath().toString());
        node.put("defaultVirtualHostNode", true);
        node.put("virtualHostInitialConfiguration", new ObjectMapper().writeValueAsString(virtualHost()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "jpulp-devstack");
        root.put("modelVersion", MODEL_VERSION);
        root.put("authenticationproviders", List.of(authentication));
        root.put("ports", List.of(port));
        root.put("virtualhostnodes", List.of(node));
        return root;
    }

    /** A virtual host on the node's store that creates a durable queue when a producer or consumer names one. */
    private static Map<String, Object> virtualHost() {
        // The key is "pattern"; the "patterns" spelling of the docs leaves the virtual host unable to activate.
        Map<String, Object> autoCreate = Map.of("pattern", ".*", "nodeType", "Queue",
                "createdOnPublish", true, "createdOnConsume", true);
        return Map.of("type", "ProvidedStore", "nodeAutoCreationPolicies", List.of(autoCreate));
    }

    /** The port the AMQP listener bound; Broker-J starts even when it could not bind, leaving the port ERRORED. */
    private int boundAmqpPort() {
        Port<?> amqp = broker.getPorts().stream()
                .filter(port -> PORT_NAME.equals(port.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Broker-J has no " + PORT_NAME + " port"));
        if (amqp.getState() != State.ACTIVE || amqp.getBoundPort() <= 0) {
            throw new IllegalStateException("Broker-J could not listen on " + settings.bindAddress() + ":"
                    + boundPort + " (port " + amqp.getState() + "); is the port in use?");
        }
        return amqp.getBoundPort();
    }

    private void awaitVirtualHostActive() throws InterruptedException {
        long deadline = System.nanoTime() + ACTIVATION_TIMEOUT.toNanos();
        while (true) {
            VirtualHostNode<?> node = broker.getVirtualHostNodes().stream()
                    .filter(candidate -> nodeName.equals(candidate.getName()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Broker-J has no virtual host node " + nodeName));
            VirtualHost<?> host = node.getVirtualHost();
            State state = host == null ? node.getState() : host.getState();
            if (state == State.ACTIVE && host != null) {
                return;
            }
            if (state == State.ERRORED || state == State.DELETED || System.nanoTime() > deadline) {
                throw new IllegalStateException("Broker-J virtual host " + nodeName + " is " + state
                        + (host == null ? " (node has no virtual host)" : "") + ", not ACTIVE; see the broker log");
            }
            Thread.sleep(20);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
