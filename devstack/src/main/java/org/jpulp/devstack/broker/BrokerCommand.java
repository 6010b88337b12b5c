package org.jpulp.devstack.broker;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jpulp.devstack.ServerProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jpulp-devstack broker}: the embedded Qpid Broker-J as a process of its own, until SIGTERM/SIGINT. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs the embedded AMQP 1.0 broker (Qpid Broker-J) until stopped.")
public final class BrokerCommand implements Callable<Integer> {

    /** The line printed once the broker listens, followed by a space and its URL. */
    public static final String READY = "broker ready";

    @Option(names = "--data", paramLabel = "DIR", description = "Derby message store directory; in memory when omitted")
    Path data;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "5672", description = "AMQP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    // The defaults come from the variables the roles log in with, so a container passes no secret on its
    // command line.
    @Option(names = "--user", defaultValue = "${env:MSG_SERVICE_USER:-jpulp}",
            description = "the one user (default: $MSG_SERVICE_USER, else jpulp)")
    String user;

    @Option(names = "--password", defaultValue = "${env:MSG_SERVICE_PASSWORD:-jpulp}",
            description = "its password (default: $MSG_SERVICE_PASSWORD, else jpulp)")
    String password;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedBrokerJ.Settings settings = EmbeddedBrokerJ.Settings.defaults().withBindAddress(host).withPort(port)
                .withCredentials(user, password);
        settings = data == null ? settings.inMemory() : settings.withStoreDirectory(data);
        EmbeddedBrokerJ broker = new EmbeddedBrokerJ(settings).start();
        return ServerProcess.runUntilStopped(READY + " " + broker.amqpUrl(), broker::stop);
    }
}
