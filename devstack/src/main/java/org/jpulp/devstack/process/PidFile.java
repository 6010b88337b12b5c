package org.jpulp.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a child's pid together with its start time, so that a pid reused by an unrelated process after a crash
 * or reboot is never mistaken for ours.
 */
public final class PidFile {

    private PidFile() {
    }

    public static void write(Path file, ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, process.pid() + " " + started + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live process the file names, or empty when the file is missing, unreadable or stale (then it is removed). */
    public static Optional<ProcessHandle> readAlive(Path file) {
        Optional<ProcessHandle> alive = read(file);
        if (alive.isEmpty()) {
            delete(file);
        }
        return alive;
    }

    private static Optional<ProcessHandle> read(Path file) {
        try {
            String[] parts = Files.readString(file).strip().split(" ");
            long pid = Long.parseLong(parts[0]);
            long started = parts.length > 1 ? Long.parseLong(parts[1]) : 0L;
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> started == 0L || p.info().startInstant().map(Instant::toEpochMilli)
                            .map(s -> Math.abs(s - started) < 1000).orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
