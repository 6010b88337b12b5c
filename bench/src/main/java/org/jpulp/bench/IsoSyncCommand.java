package org.jpulp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jpulp-bench iso-sync [files] [size] [rounds] [parallel]}: see {@link IsoSyncBenchmark}. */
@Command(name = "iso-sync", mixinStandardHelpOptions = true,
        description = "ISO sync of many small files against xargs curl and curl --parallel from one loopback server.")
final class IsoSyncCommand implements Callable<Integer> {

    @Parameters(arity = "0..4", paramLabel = "N", description = "files (1000), size in bytes (102400), rounds (3), "
            + "parallel connections (8)")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        IsoSyncBenchmark.main(args.toArray(String[]::new));
        return 0;
    }
}
