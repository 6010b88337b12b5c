package org.jpulp.devstack.stack;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of {@code up}, {@code down} and {@code status}. */
public final class StackOptions {

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "${env:JPULP_ROOT:-.}",
            description = "source checkout holding the built executables (default: $JPULP_ROOT or .)")
    Path root;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = "${env:JPULP_HOME}",
            description = "where config, logs, pid files and data live (default: $JPULP_HOME or <root>/.jpulp)")
    Path home;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address every component binds (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--mongo-port", defaultValue = "27017", description = "embedded MongoDB port (default: ${DEFAULT-VALUE})")
    int mongoPort;

    @Option(names = "--amqp-port", defaultValue = "5672", description = "embedded AMQP broker port (default: ${DEFAULT-VALUE})")
    int amqpPort;

    @Option(names = "--http-port", defaultValue = "8080", description = "REST API port (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--sample-port", defaultValue = "8081",
            description = "port of the sample feed (file and yum repositories) the stack mirrors (default: ${DEFAULT-VALUE})")
    int samplePort;

    @Option(names = "--workers", defaultValue = "2", description = "number of workers (default: ${DEFAULT-VALUE})")
    int workers;

    public StackLayout layout() {
        Path r = root.toAbsolutePath().normalize();
        return new StackLayout(r, home != null ? home.toAbsolutePath().normalize() : r.resolve(".jpulp"));
    }

    public StackSpec spec() {
        return new StackSpec(host, mongoPort, amqpPort, httpPort, samplePort, workers, "jpulp", "jpulp");
    }
}
