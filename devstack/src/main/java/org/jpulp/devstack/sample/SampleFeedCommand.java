package org.jpulp.devstack.sample;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jpulp.devstack.ServerProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jpulp-devstack sample-feed}: generates the sample file repository if needed and serves it over HTTP. */
@Command(name = "sample-feed", mixinStandardHelpOptions = true,
        description = "Serves the sample file repository (a few files and a PULP_MANIFEST) until stopped.")
public final class SampleFeedCommand implements Callable<Integer> {

    /** The line printed once it listens, followed by a space and its URL. */
    public static final String READY = "sample feed ready";

    @Option(names = "--dir", paramLabel = "DIR", required = true, description = "where the sample files live")
    Path dir;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8081", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws Exception {
        SampleFeed.ensure(dir);
        StaticFileServer server = new StaticFileServer(dir, host, port);
        return ServerProcess.runUntilStopped(READY + " http://" + host + ":" + server.port() + "/", server::close);
    }
}
