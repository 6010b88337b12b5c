package org.jpulp.common.liveness;

import java.time.Instant;
import java.util.List;

/** Liveness records of beats, resource managers and workers (Pulp 2's {@code workers} collection). */
public interface ProcessRegistry {

    void heartbeat(String name, Instant at);

    void remove(String name);

    /**
     * Removes the record only if it still shows {@code record.lastHeartbeat()}, i.e. the process did not heartbeat
     * again meanwhile and nobody else retired it first. Returns whether this call removed it.
     */
    boolean retire(ProcessRecord record);

    /** Processes whose last heartbeat is at or after {@code since}, by name. */
    List<ProcessRecord> aliveSince(Instant since);

    /** Processes whose last heartbeat is before {@code cutoff}. */
    List<ProcessRecord> silentSince(Instant cutoff);
}
