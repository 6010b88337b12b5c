package org.jpulp.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jpulp.devstack.broker.EmbeddedBrokerJ;
import org.jpulp.devstack.mongo.EmbeddedMongo;

/** An in-memory MongoDB wire server and AMQP broker on free ports, and a server.conf pointing at them. */
final class EmbeddedInfrastructure implements AutoCloseable {

    final EmbeddedMongo mongo;
    final EmbeddedBrokerJ broker;

    EmbeddedInfrastructure() {
        mongo = new EmbeddedMongo();
        broker = new EmbeddedBrokerJ(EmbeddedBrokerJ.Settings.defaults().withPort(0).inMemory()).start();
    }

    /** Writes a server.conf for roles run against this infrastructure; {@code extra} is appended verbatim. */
    Path serverConf(Path dir, String extra) {
        String conf = """
                [database]
                seeds: 127.0.0.1:%d
                startup_tries: 20
                startup_interval: 0.5

                [server]
                storage_dir: %s
                working_directory: %s

                [tasks]
                broker_url: amqp://127.0.0.1:%d
                broker_username: %s
                broker_password: %s

                [rest]
                host: 127.0.0.1
                port: 0
                """.formatted(mongo.port(), dir.resolve("storage"), dir.resolve("work"), broker.port(),
                broker.username(), broker.password());
        try {
            Path file = dir.resolve("server.conf");
            Files.writeString(file, conf + extra);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            broker.close();
        } finally {
            mongo.close();
        }
    }
}
