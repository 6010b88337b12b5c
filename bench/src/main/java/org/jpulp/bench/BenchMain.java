package org.jpulp.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jpulp-bench}: benchmark harnesses; each prints its figures, nothing asserts them. */
@Command(name = "jpulp-bench", mixinStandardHelpOptions = true, subcommands = {TaskThroughputBench.class,
        RepositoryGetBenchmark.class, IsoSyncCommand.class, YumPublishCommand.class, RpmCommands.Repo.class,
        RpmCommands.BigSync.class},
        description = "Benchmarks of jpulp against its peers on this machine.")
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
