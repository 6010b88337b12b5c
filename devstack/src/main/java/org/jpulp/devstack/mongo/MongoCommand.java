package org.jpulp.devstack.mongo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jpulp.devstack.mongo.EmbeddedMongo.Durability;
import org.jpulp.devstack.mongo.EmbeddedMongo.Options;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jpulp-devstack mongo}: the embedded MongoDB wire server as a process of its own, until SIGTERM/SIGINT.
 * Prints {@code mongo ready <connection string>} on stdout once it listens.
 */
@Command(name = "mongo", mixinStandardHelpOptions = true,
        description = "Runs the embedded MongoDB wire server (mongo-java-server) until stopped.")
public final class MongoCommand implements Callable<Integer> {

    /** The line printed once the server listens, followed by a space and the connection string. */
    public static final String READY = "mongo ready";

    @Option(names = "--file", description = "H2 data file (created when missing); in memory when omitted")
    Path file;

    @Option(names = "--host", defaultValue = Options.DEFAULT_BIND_ADDRESS,
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "27017", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--durability", defaultValue = "COMMIT_EACH_WRITE",
            description = "file commits: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Durability durability;

    public static void main(String[] args) {
        System.exit(new CommandLine(new MongoCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        Options options = (file == null ? Options.inMemory() : Options.h2File(file))
                .bindAddress(host).port(port).durability(durability);
        EmbeddedMongo mongo = new EmbeddedMongo(options);
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "jpulp-mongo-shutdown"));
        System.out.println(READY + " " + mongo.connectionString());
        System.out.flush();
        forever.await();
        return 0;
    }
}
