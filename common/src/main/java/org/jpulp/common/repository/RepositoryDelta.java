package org.jpulp.common.repository;

import java.util.Map;
import java.util.Set;

/**
 * A change to a repository: {@code fields} replaces {@code display_name}, {@code description} or
 * {@code scratchpad}; {@code notes} is merged key by key, a null value removing the key (Pulp 2's delta rules).
 */
public record RepositoryDelta(Map<String, Object> fields, Map<String, Object> notes) {

    public static final Set<String> FIELDS = Set.of("display_name", "description", "scratchpad");

    public RepositoryDelta {
        fields = Maps.copy(fields);
        notes = Maps.copy(notes);
        if (!FIELDS.containsAll(fields.keySet())) {
            throw new IllegalArgumentException("a repository delta may only set " + FIELDS + ", not " + fields.keySet());
        }
    }

    public boolean isEmpty() {
        return fields.isEmpty() && notes.isEmpty();
    }

    Repository applyTo(Repository r) {
        return new Repository(r.id(), r.objectId(),
                fields.containsKey("display_name") ? (String) fields.get("display_name") : r.displayName(),
                fields.containsKey("description") ? (String) fields.get("description") : r.description(),
                Maps.merge(r.notes(), notes), scratchpad(r), r.contentUnitCounts(), r.lastUnitAdded(),
                r.lastUnitRemoved());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> scratchpad(Repository r) {
        return fields.containsKey("scratchpad") ? (Map<String, Object>) fields.get("scratchpad") : r.scratchpad();
    }
}
