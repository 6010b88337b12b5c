package org.jpulp.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** jpulp role processes started from their built launchers, stopped with SIGTERM at the end. */
final class Processes implements AutoCloseable {

    private final Path root;
    private final Path dir;
    private final List<Process> started = new ArrayList<>();

    Processes(Path root, Path dir) {
        this.root = root.toAbsolutePath().normalize();
        this.dir = dir;
    }

    void start(String name, String executable, Path conf, String... extra) throws IOException {
        String module = executable.substring("jpulp-".length());
        List<String> command = new ArrayList<>(List.of(root.resolve(module).resolve("target/dist/bin")
                .resolve(executable).toString(), "run", "--config", conf.toString()));
        command.addAll(List.of(extra));
        started.add(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start());
    }

    @Override
    public void close() throws InterruptedException {
        started.forEach(Process::destroy);
        for (Process p : started) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
