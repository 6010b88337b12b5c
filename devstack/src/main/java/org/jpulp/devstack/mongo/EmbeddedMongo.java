package org.jpulp.devstack.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB wire server (mongo-java-server), listening from construction until {@link #close()}.
 *
 * <p>Backends: memory (tests) or an H2 MVStore file (the local stack). See {@link Options} for what a
 * {@code kill -9} of the hosting JVM can lose with the file backend.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final Options options;
    private final MongoServer server;
    private final InetSocketAddress address;

    /** In memory, on 127.0.0.1, on an ephemeral port. */
    public EmbeddedMongo() {
        this(Options.inMemory());
    }

    /** H2 file backend at {@code dataFile} (created when missing), on 127.0.0.1, on an ephemeral port. */
    public EmbeddedMongo(Path dataFile) {
        this(Options.h2File(dataFile));
    }

    public EmbeddedMongo(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        MongoBackend backend = options.dataFile()
                .map(file -> openFileBackend(file, options.durability()))
                .orElseGet(MemoryBackend::new);
        MongoServer started = new MongoServer(backend);
        try {
            started.bind(options.bindAddress(), options.port());
        } catch (Exception e) { // bind throws java.net.BindException undeclared
            started.shutdownNow();
            throw new IllegalStateException("embedded MongoDB could not listen on " + options.bindAddress() + ":"
                    + options.port() + ": " + e.getMessage(), e);
        }
        this.server = started;
        this.address = started.getLocalAddress();
        LOG.info("embedded MongoDB listening on {} ({})", connectionString(), describeBackend());
    }

    private static MongoBackend openFileBackend(Path dataFile, Durability durability) {
        try {
            Path parent = dataFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + dataFile, e);
        }
        return DurableH2Backend.open(dataFile, durability);
    }

    /** The port actually bound (the ephemeral one when {@link Options#port()} was 0). */
    public int port() {
        return address.getPort();
    }

    /** The host a client should dial: the bind address, or loopback when bound to every interface. */
    public String host() {
        InetAddress bound = address.getAddress();
        if (bound == null || bound.isAnyLocalAddress()) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
        return bound.getHostAddress().contains(":") ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
    }

    /** {@code mongodb://<host>:<port>}, without a database name. */
    public String connectionString() {
        return "mongodb://" + host() + ":" + port();
    }

    public Options options() {
        return options;
    }

    /** Stops listening, closes client connections and, for the file backend, commits and closes the file. */
    @Override
    public void close() {
        server.shutdownNow();
        LOG.info("embedded MongoDB on port {} stopped", port());
    }

    private String describeBackend() {
        return options.dataFile().map(f -> "H2 file " + f.toAbsolutePath() + ", " + options.durability())
                .orElse("in memory");
    }

    /** When the H2 file backend writes changes to its file. */
    public enum Durability {
        /**
         * Commit every command that changed data to the file before answering it: a {@code kill -9} of the
         * JVM loses no acknowledged write. The file is not fsynced, so a power loss still can. The default.
         */
        COMMIT_EACH_WRITE,
        /**
         * Leave it to H2's background writer (about once a second): roughly twice as fast for single-document
         * writes, but a {@code kill -9} loses what was acknowledged in the last second or so.
         */
        BACKGROUND_COMMIT
    }

    /**
     * Where the data lives and where to listen.
     *
     * @param dataFile H2 MVStore file; empty for the memory backend
     * @param bindAddress interface to listen on; {@code 127.0.0.1} unless told otherwise
     * @param port 0 picks a free port
     * @param durability how the file backend commits; ignored in memory
     */
    public record Options(Optional<Path> dataFile, String bindAddress, int port, Durability durability) {

        public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

        public Options {
            Objects.requireNonNull(dataFile, "dataFile");
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(durability, "durability");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
        }

        public static Options inMemory() {
            return new Options(Optional.empty(), DEFAULT_BIND_ADDRESS, 0, Durability.COMMIT_EACH_WRITE);
        }

        /** The H2 file backend with {@link Durability#COMMIT_EACH_WRITE}. */
        public static Options h2File(Path dataFile) {
            return new Options(Optional.of(dataFile), DEFAULT_BIND_ADDRESS, 0, Durability.COMMIT_EACH_WRITE);
        }

        public Options bindAddress(String address) {
            return new Options(dataFile, address, port, durability);
        }

        public Options port(int newPort) {
            return new Options(dataFile, bindAddress, newPort, durability);
        }

        public Options durability(Durability newDurability) {
            return new Options(dataFile, bindAddress, port, newDurability);
        }
    }
}
