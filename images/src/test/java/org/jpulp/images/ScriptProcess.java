package org.jpulp.images;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A script (an entrypoint, the health check) run outside a container as its own process, with nothing of the test
 * JVM's environment but what a container would have: a PATH, a HOME, the Java to use, and what the test gives it.
 * Its stdout and stderr go to files, so the entrypoint's own log lines (stderr) can be told from what the process
 * it execs prints.
 */
final class ScriptProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ScriptProcess(String name, Process process, Path stdout, Path stderr) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The environment of a bare container: PATH, HOME, LANG and JAVA_HOME. */
    static Map<String, String> containerEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("HOME", System.getProperty("java.io.tmpdir"));
        env.put("LANG", "C.UTF-8");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }

    static ScriptProcess start(String name, Path logDir, Path script, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logDir);
            Path out = logDir.resolve(name + ".out");
            Path err = logDir.resolve(name + ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            pb.environment().clear();
            pb.environment().putAll(env);
            return new ScriptProcess(name, pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the script to its end (at most {@code timeout}). */
    static ScriptProcess run(String name, Path logDir, Path script, Map<String, String> env, Duration timeout,
                             String... args) {
        ScriptProcess p = start(name, logDir, script, env, args);
        p.awaitExit(timeout);
        return p;
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    /** Both streams, for assertion messages. */
    String output() {
        return "--- stdout of " + name + " ---\n" + stdout() + "--- stderr of " + name + " ---\n" + stderr();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitOutput(String text, Duration timeout) {
        await(name + " to print '" + text + "'").atMost(timeout).pollInterval(Duration.ofMillis(100))
                .failFast(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(name + " exited early with status " + process.exitValue() + ":\n" + output());
                    }
                })
                .until(() -> stdout().contains(text) || stderr().contains(text));
    }

    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + " did not exit within " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int exitValue() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as `docker stop` and Kubernetes send it. */
    void terminate() {
        process.destroy();
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
