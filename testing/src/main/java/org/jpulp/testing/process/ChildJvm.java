package org.jpulp.testing.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A {@code main} class run in a child JVM with the test's own class path; stdout and stderr go to a file so the
 * child never blocks on a full pipe, stdin stays a pipe for {@link #send}. {@link #close()} kills it if it still
 * runs.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code mainClass} with {@code args}; its combined output is written to {@code output}. */
    public static ChildJvm start(Class<?> mainClass, Path output, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new ChildJvm(process, output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a JVM for " + mainClass.getName(), e);
        }
    }

    /** Waits until the child printed a line starting with {@code prefix}; returns the rest of that line, stripped. */
    public String awaitLine(String prefix, Duration timeout) {
        return Awaitility.await("a line starting with '" + prefix + "' from the child JVM")
                .atMost(timeout).pollInterval(Duration.ofMillis(50))
                .failFast(() -> {
                    if (!process.isAlive() && lineStartingWith(prefix).isEmpty()) {
                        throw new AssertionError("child JVM exited with " + process.exitValue() + ":\n" + outputTail());
                    }
                })
                .until(() -> lineStartingWith(prefix), Optional::isPresent)
                .orElseThrow();
    }

    /** Writes one line to the child's standard input. */
    public void send(String line) {
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to the child JVM", e);
        }
    }

    /** Waits for the child to exit by itself and returns its exit status. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("child JVM still running after " + timeout + ":\n" + outputTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child JVM", e);
        }
        return process.exitValue();
    }

    /** SIGKILL on Unix: no shutdown hooks run. Returns the exit status (137). */
    public int killHard() {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    public List<String> outputLines() {
        try {
            return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private Optional<String> lineStartingWith(String prefix) {
        return outputLines().stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip()).findFirst();
    }

    private String outputTail() {
        List<String> lines = outputLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
