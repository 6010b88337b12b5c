package org.jpulp.worker;

import com.google.inject.Module;
import java.util.List;
import org.jpulp.common.cli.Role;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.liveness.LivenessModule;
import org.jpulp.worker.execution.ExecutionModule;
import org.jpulp.worker.repository.RepositoryTaskModule;
import org.jpulp.worker.unit.UnitTaskModule;
import picocli.CommandLine.Option;

final class WorkerRole implements Role {

    private final Options options = new Options();

    @Override
    public String executable() {
        return "jpulp-worker";
    }

    @Override
    public String summary() {
        return "Runs sync, publish and other tasks from its own queue reserved_resource_worker-<n>@<host>.dq.";
    }

    @Override
    public Object extraOptions() {
        return options;
    }

    @Override
    public String processName(String host) {
        return "reserved_resource_worker-" + options.index + "@" + host;
    }

    @Override
    public List<Module> modules(JpulpConfig config) {
        return List.of(new LivenessModule(), new ExecutionModule(), new RepositoryTaskModule(),
                new UnitTaskModule());
    }

    static final class Options {
        @Option(names = {"-i", "--index"}, paramLabel = "N", defaultValue = "${env:JPULP_WORKER_INDEX:-0}",
                description = "worker number n in reserved_resource_worker-<n>@<host> (default: $JPULP_WORKER_INDEX or 0)")
        int index;
    }
}
