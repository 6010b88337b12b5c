package org.jpulp.common.liveness;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory twin of {@link MongoProcessRegistry} for unit tests. */
public final class InMemoryProcessRegistry implements ProcessRegistry {

    private final Map<String, Instant> heartbeats = new ConcurrentHashMap<>();

    @Override
    public void heartbeat(String name, Instant at) {
        heartbeats.put(name, at);
    }

    @Override
    public void remove(String name) {
        heartbeats.remove(name);
    }

    @Override
    public boolean retire(ProcessRecord record) {
        return heartbeats.remove(record.name(), record.lastHeartbeat());
    }

    @Override
    public List<ProcessRecord> aliveSince(Instant since) {
        return records().stream().filter(r -> !r.lastHeartbeat().isBefore(since)).toList();
    }

    @Override
    public List<ProcessRecord> silentSince(Instant cutoff) {
        return records().stream().filter(r -> r.lastHeartbeat().isBefore(cutoff)).toList();
    }

    private List<ProcessRecord> records() {
        return heartbeats.entrySet().stream()
                .map(e -> new ProcessRecord(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(ProcessRecord::name))
                .toList();
    }
}
