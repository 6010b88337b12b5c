package org.jpulp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jpulp-bench yum-publish [packages] [rounds]}: see {@link YumPublishBenchmark}. */
@Command(name = "yum-publish", mixinStandardHelpOptions = true,
        description = "yum_distributor publish of N packages against createrepo_c --no-database over the same files.")
final class YumPublishCommand implements Callable<Integer> {

    @Parameters(arity = "0..2", paramLabel = "N", description = "packages (5000), rounds (3)")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        YumPublishBenchmark.main(args.toArray(String[]::new));
        return 0;
    }
}
