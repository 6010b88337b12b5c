package org.jpulp.bench;

import java.util.concurrent.Callable;
import org.jpulp.bench.rpm.BigRepoSyncBenchmark;
import org.jpulp.bench.rpm.RpmRepoBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The yum benchmarks of issue 6: {@code rpm-repo} and {@code rpm-big-sync}. */
final class RpmCommands {

    private RpmCommands() {
    }

    @Command(name = "rpm-repo", mixinStandardHelpOptions = true, description = "Yum publish and sync of generated "
            + "packages against createrepo_c --no-database, dnf reposync and xargs curl, from one loopback server.")
    static final class Repo implements Callable<Integer> {
        @Option(names = "--packages", defaultValue = "5000", description = "packages to generate (${DEFAULT-VALUE})")
        int packages;
        @Option(names = "--rounds", defaultValue = "1", description = "rounds (${DEFAULT-VALUE})")
        int rounds;
        @Option(names = "--parallel", defaultValue = "8", description = "parallel downloads (${DEFAULT-VALUE})")
        int parallel;
        @Option(names = "--mongo", description = "a MongoDB connection string for jpulp's side (default: the "
                + "embedded in-memory server)")
        String mongo;

        @Override
        public Integer call() throws Exception {
            RpmRepoBenchmark.run(packages, rounds, parallel, mongo);
            return 0;
        }
    }

    @Command(name = "rpm-big-sync", mixinStandardHelpOptions = true, description = "Sync of a generated repository "
            + "with many packages in its metadata by yum_importer in a child JVM with a small heap.")
    static final class BigSync implements Callable<Integer> {
        @Option(names = "--packages", defaultValue = "50000", description = "packages in the metadata "
                + "(${DEFAULT-VALUE})")
        int packages;
        @Option(names = "--heap", defaultValue = "512m", description = "the child JVM's -Xmx (${DEFAULT-VALUE})")
        String heap;
        @Option(names = "--parallel", defaultValue = "8", description = "parallel downloads (${DEFAULT-VALUE})")
        int parallel;
        @Option(names = "--mongo", description = "a MongoDB connection string for the child (default: the embedded "
                + "in-memory server in this JVM, which scans collections and is slow at this size)")
        String mongo;

        @Override
        public Integer call() throws Exception {
            return BigRepoSyncBenchmark.run(packages, heap, parallel, mongo);
        }
    }
}
