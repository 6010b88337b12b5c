package org.jpulp.devstack;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.jpulp.devstack.broker.BrokerCommand;
import org.jpulp.devstack.mongo.MongoCommand;
import org.jpulp.devstack.sample.Sample;
import org.jpulp.devstack.sample.SampleFeedCommand;
import org.jpulp.devstack.sample.SampleRepository;
import org.jpulp.devstack.stack.Stack;
import org.jpulp.devstack.stack.StackException;
import org.jpulp.devstack.stack.StackLayout;
import org.jpulp.devstack.stack.StackOptions;
import org.jpulp.devstack.stack.StackSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jpulp-devstack}: the local stack on embedded infrastructure, and the embedded servers themselves. */
@Command(name = "jpulp-devstack", mixinStandardHelpOptions = true,
        description = "Runs jpulp locally: an embedded MongoDB wire server and AMQP broker plus every jpulp role.",
        subcommands = {DevStackMain.Up.class, DevStackMain.Down.class, DevStackMain.Status.class, BrokerCommand.class,
                MongoCommand.class, SampleFeedCommand.class})
public final class DevStackMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new DevStackMain()).execute(args));
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Start (or complete) the stack in the background and wait until /status/ is healthy.")
    static final class Up implements Callable<Integer> {
        @Mixin
        StackOptions options;

        @Option(names = "--timeout", defaultValue = "180", description = "seconds to wait for health (default: ${DEFAULT-VALUE})")
        int timeoutSeconds;

        @Override
        public Integer call() {
            StackLayout layout = options.layout();
            StackSpec spec = options.spec();
            System.out.println("Starting jpulp in " + layout.home());
            try {
                new Stack(layout, spec, System.out).up(Duration.ofSeconds(timeoutSeconds));
                for (Sample sample : Sample.ALL) {
                    System.out.println("Mirroring " + sample.displayName() + " from " + spec.sampleFeedUrl()
                            + sample.feedPath());
                    new SampleRepository(spec.apiUrl(), spec.sampleFeedUrl(), sample, System.out)
                            .mirror(Duration.ofSeconds(timeoutSeconds));
                }
            } catch (StackException e) {
                System.err.println("jpulp up failed: " + e.getMessage());
                System.err.println("Logs are in " + layout.home().resolve("logs") + "; stop what started with ./jpulp down");
                return 1;
            }
            System.out.printf("""
                    jpulp is up.
                      REST API     http://%1$s:%2$d/pulp/api/v2/  (status: http://%1$s:%2$d/pulp/api/v2/status/)
                      login        admin / admin
                      sample repo  %7$s  (repository %8$s, mirrored from %9$s)
                      sample repo  %10$s  (repository %11$s, mirrored from %12$s)
                      install with sudo dnf --repofrompath=%11$s,%10$s --repo=%11$s --nogpgcheck install jpulp-hello
                      MongoDB      mongodb://%1$s:%3$d/pulp_database
                      AMQP broker  amqp://%1$s:%4$d (user jpulp, password jpulp)
                      config       %5$s
                      logs         %6$s
                      stop with    ./jpulp down
                    """, spec.host(), spec.httpPort(), spec.mongoPort(), spec.amqpPort(), layout.config(),
                    layout.home().resolve("logs"), Sample.ISO.servedUrl(spec.frontendUrl()), Sample.ISO.id(),
                    spec.sampleFeedUrl() + Sample.ISO.feedPath(), Sample.RPM.servedUrl(spec.frontendUrl()),
                    Sample.RPM.id(), spec.sampleFeedUrl() + Sample.RPM.feedPath());
            return 0;
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true, description = "Stop every process of the stack (SIGTERM).")
    static final class Down implements Callable<Integer> {
        @Mixin
        StackOptions options;

        @Option(names = "--grace", defaultValue = "30",
                description = "seconds each process gets to finish before it is killed (default: ${DEFAULT-VALUE})")
        int graceSeconds;

        @Override
        public Integer call() {
            new Stack(options.layout(), options.spec(), System.out).down(Duration.ofSeconds(graceSeconds));
            System.out.println("jpulp is down.");
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show which processes of the stack run.")
    static final class Status implements Callable<Integer> {
        @Mixin
        StackOptions options;

        @Override
        public Integer call() {
            new Stack(options.layout(), options.spec(), System.out).describe().forEach(System.out::println);
            return 0;
        }
    }
}
