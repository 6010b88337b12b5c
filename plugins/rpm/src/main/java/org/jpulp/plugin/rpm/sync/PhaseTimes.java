package org.jpulp.plugin.rpm.sync;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Wall-clock seconds of a sync's phases, in order, for its closing log line ("metadata 0.12 s, ..."). */
final class PhaseTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the phase named {@code name}, which began when the previous one ended (or at construction). */
    void end(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - last, Long::sum);
        last = now;
    }

    @Override
    public String toString() {
        return nanos.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue() / 1e9))
                .collect(Collectors.joining(", "));
    }
}
