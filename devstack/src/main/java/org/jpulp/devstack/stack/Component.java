package org.jpulp.devstack.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One process of the local stack: a name for its log and pid files, and the command that runs it. */
public record Component(String name, List<String> command, Tier tier, int port) {

    /**
     * Whether {@code process} runs this component: its JVM's class path holds this component's distribution and
     * its arguments end with this component's arguments. Finds a child whose pid file was never written because
     * the launcher died right after starting it.
     */
    public boolean isRunBy(ProcessHandle process) {
        Optional<String[]> args = process.info().arguments();
        if (args.isEmpty()) {
            return false;
        }
        String joined = String.join(" ", args.get());
        String classPath = Path.of(command.get(0)).getParent().getParent().resolve("lib").resolve("*").toString();
        return joined.contains(classPath) && joined.endsWith(String.join(" ", command.subList(1, command.size())));
    }

    /** Components start tier by tier and stop in reverse. */
    public enum Tier { INFRASTRUCTURE, CORE, WORKERS, API }
}
