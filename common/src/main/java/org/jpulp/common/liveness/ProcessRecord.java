package org.jpulp.common.liveness;

import java.time.Instant;

/** A jpulp process as seen in the {@code workers} collection. */
public record ProcessRecord(String name, Instant lastHeartbeat) {
}
