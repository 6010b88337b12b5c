package org.jpulp.devstack.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a child process detached from the caller: its own session (so a Ctrl-C or the death of the launcher does
 * not reach it), output appended to a log file, no pipes back to the launcher.
 */
public final class Spawner {

    private static final boolean HAS_SETSID = new File("/usr/bin/setsid").canExecute()
            || new File("/bin/setsid").canExecute();

    private Spawner() {
    }

    public static ProcessHandle spawn(List<String> command, Map<String, String> env, Path log, Path workDir) {
        List<String> full = new ArrayList<>();
        if (HAS_SETSID) {
            full.add("setsid");
        }
        full.addAll(command);
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(workDir);
            ProcessBuilder pb = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(env);
            return pb.start().toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
    }
}
