package org.jpulp.devstack.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.jpulp.devstack.process.PidFile;
import org.jpulp.devstack.process.Spawner;
import org.jpulp.devstack.process.Terminator;

/**
 * Starts and stops the local stack as separate, detached processes. {@code up} is idempotent: it adopts what is
 * already running (pid files with matching start times, or a process found by its command line when the launcher
 * died before writing the pid file) and starts the rest, so a launcher that crashed half way leaves nothing that
 * blocks the next {@code up}, and {@code down} still finds every process.
 */
public final class Stack {

    private static final Duration POLL = Duration.ofMillis(250);

    private final StackLayout layout;
    private final StackSpec spec;
    private final PrintStream out;

    public Stack(StackLayout layout, StackSpec spec, PrintStream out) {
        this.layout = layout;
        this.spec = spec;
        this.out = out;
    }

    public void up(Duration timeout) throws StackException {
        checkBuilt();
        writeConfig();
        Instant deadline = Instant.now().plus(timeout);
        for (Component.Tier tier : Component.Tier.values()) {
            for (Component c : tier(tier)) {
                ensureRunning(c);
            }
            if (tier == Component.Tier.INFRASTRUCTURE) {
                for (Component c : tier(tier)) {
                    await(c, () -> portOpen(c.port()), deadline, "port " + c.port() + " to accept connections");
                }
            }
        }
        awaitHealthy(deadline);
    }

    public void down(Duration grace) {
        List<Component.Tier> tiers = new ArrayList<>(List.of(Component.Tier.values()));
        tiers.sort(Comparator.reverseOrder());
        for (Component.Tier tier : tiers) {
            List<CompletableFuture<Void>> stopping = tier(tier).stream()
                    .map(c -> CompletableFuture.runAsync(() -> stop(c, grace))).toList();
            stopping.forEach(CompletableFuture::join);
        }
    }

    public List<String> describe() {
        return spec.components(layout).stream().map(c -> String.format("%-18s %s", c.name(),
                find(c).map(p -> "running (pid " + p.pid() + ")").orElse("stopped"))).toList();
    }

    private List<Component> tier(Component.Tier tier) {
        return spec.components(layout).stream().filter(c -> c.tier() == tier).toList();
    }

    private void checkBuilt() throws StackException {
        for (Component c : spec.components(layout)) {
            if (!Files.isExecutable(Path.of(c.command().get(0)))) {
                throw new StackException(c.command().get(0) + " is missing: build first with ./mvnw -DskipTests package");
            }
        }
    }

    private void writeConfig() {
        try {
            Files.createDirectories(layout.home());
            Files.writeString(layout.config(), spec.serverConf(layout));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ProcessHandle> find(Component c) {
        Optional<ProcessHandle> recorded = PidFile.readAlive(layout.pidFile(c.name()));
        if (recorded.isPresent()) {
            return recorded;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.allProcesses().filter(c::isRunBy).findFirst();
        orphan.ifPresent(p -> PidFile.write(layout.pidFile(c.name()), p));
        return orphan;
    }

    private void ensureRunning(Component c) throws StackException {
        Optional<ProcessHandle> running = find(c);
        if (running.isPresent()) {
            out.printf("  %-18s already running (pid %d)%n", c.name(), running.get().pid());
            return;
        }
        if (c.port() > 0 && portOpen(c.port())) {
            throw new StackException("port " + c.port() + " needed by " + c.name() + " is taken by another program");
        }
        ProcessHandle p = Spawner.spawn(c.command(), Map.of(), layout.log(c.name()), layout.home());
        PidFile.write(layout.pidFile(c.name()), p);
        out.printf("  %-18s started (pid %d, log %s)%n", c.name(), p.pid(), layout.log(c.name()));
    }

    private void stop(Component c, Duration grace) {
        Optional<ProcessHandle> running = find(c);
        if (running.isEmpty()) {
            return;
        }
        boolean clean = Terminator.terminate(running.get(), grace);
        PidFile.delete(layout.pidFile(c.name()));
        out.printf("  %-18s %s%n", c.name(), clean ? "stopped" : "did not stop within " + grace.toSeconds() + " s; killed");
    }

    private void awaitHealthy(Instant deadline) throws StackException {
        StatusProbe probe = new StatusProbe(spec.statusUrl());
        Optional<String> missing = probe.missing(spec.workers());
        while (missing.isPresent()) {
            failIfAnyDied();
            if (Instant.now().isAfter(deadline)) {
                throw new StackException("stack not healthy in time; still missing: " + missing.get());
            }
            pause();
            missing = probe.missing(spec.workers());
        }
    }

    private void await(Component c, BooleanSupplier ready, Instant deadline, String what) throws StackException {
        while (!ready.getAsBoolean()) {
            failIfAnyDied();
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(c.name() + " did not get ready in time (waiting for " + what + ")");
            }
            pause();
        }
    }

    private void failIfAnyDied() throws StackException {
        for (Component c : spec.components(layout)) {
            if (Files.exists(layout.pidFile(c.name())) && PidFile.readAlive(layout.pidFile(c.name())).isEmpty()) {
                throw new StackException(c.name() + " exited; last lines of " + layout.log(c.name()) + ":\n"
                        + tail(layout.log(c.name()), 15));
            }
        }
    }

    private boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(spec.host(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void pause() throws StackException {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
