package org.jpulp.common.repository;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A repository as Pulp 2 keeps it in {@code repos} (stored under {@code repo_id}; {@code objectId} is the hex of its
 * {@code _id}, assigned by the store on insert when null).
 *
 * @param contentUnitCounts units per type id, maintained by sync, copy and removal
 */
public record Repository(String id, String objectId, String displayName, String description,
                         Map<String, Object> notes, Map<String, Object> scratchpad, Map<String, Long> contentUnitCounts,
                         Instant lastUnitAdded, Instant lastUnitRemoved) {

    public Repository {
        Objects.requireNonNull(id, "id");
        notes = Maps.copy(notes);
        scratchpad = Maps.copy(scratchpad);
        contentUnitCounts = Maps.copy(contentUnitCounts);
    }

    /** A new repository as a create request describes it. */
    public static Repository of(String id, String displayName, String description, Map<String, Object> notes) {
        return new Repository(id, null, displayName == null ? id : displayName, description, notes, Map.of(), Map.of(),
                null, null);
    }

    public Repository withObjectId(String oid) {
        return new Repository(id, oid, displayName, description, notes, scratchpad, contentUnitCounts, lastUnitAdded,
                lastUnitRemoved);
    }

    /** The sum of {@link #contentUnitCounts}. */
    public long totalUnits() {
        return contentUnitCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
