package org.jpulp.common.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which units each repository holds ({@code repo_content_units}): at most one association per repository, unit type
 * and unit, with Pulp 2's {@code created} and {@code updated} timestamps.
 */
public interface RepoContentUnits {

    /** Associates the unit; returns true when the association is new, false when it existed (then only bumps {@code updated}). */
    boolean associate(String repoId, String typeId, String unitId);

    /** Returns whether an association was removed. */
    boolean unassociate(String repoId, String typeId, String unitId);

    boolean isAssociated(String repoId, String typeId, String unitId);

    Optional<Association> find(String repoId, String typeId, String unitId);

    /** Ids of the repository's units of one type, sorted. */
    List<String> unitIds(String repoId, String typeId);

    /**
     * Streams every association of the repository to {@code action}, ordered by unit type then unit id, without
     * holding them all in memory (one query).
     */
    void forEach(String repoId, Consumer<Association> action);

    /** Pulp 2's {@code content_unit_counts}: unit type id → number of associated units, types without units left out. */
    Map<String, Long> countsByType(String repoId);

    /** Repositories holding the unit, sorted; empty for an orphan. */
    List<String> repoIds(String typeId, String unitId);

    /** Removes every association of the repository (repository deletion); returns how many. */
    long removeRepo(String repoId);

    /**
     * Associates many units of one type; returns the ids whose association is new. Unlike {@link #associate},
     * existing associations are left untouched (their {@code updated} is not bumped).
     */
    default List<String> associateAll(String repoId, String typeId, Collection<String> unitIds) {
        List<String> added = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(unitIds)) {
            if (!isAssociated(repoId, typeId, id) && associate(repoId, typeId, id)) {
                added.add(id);
            }
        }
        return added;
    }

    /** Removes the repository's associations with these units of one type; returns how many were removed. */
    default long unassociateAll(String repoId, String typeId, Collection<String> unitIds) {
        long removed = 0;
        for (String id : unitIds) {
            if (unassociate(repoId, typeId, id)) {
                removed++;
            }
        }
        return removed;
    }
}
