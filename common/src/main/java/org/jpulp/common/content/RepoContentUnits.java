package org.jpulp.common.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Pulp 2's {@code content_unit_counts}: unit type id → number of associated units, types without units left out. */
    Map<String, Long> countsByType(String repoId);

    /** Repositories holding the unit, sorted; empty for an orphan. */
    List<String> repoIds(String typeId, String unitId);

    /** Removes every association of the repository (repository deletion); returns how many. */
    long removeRepo(String repoId);

    /**
     * Associates many units of one type; returns how many associations are new. Unlike {@link #associate}, existing
     * associations are left untouched (their {@code updated} is not bumped).
     */
    default int associateAll(String repoId, String typeId, Collection<String> unitIds) {
        int added = 0;
        for (String unitId : unitIds) {
            if (!isAssociated(repoId, typeId, unitId)) {
                added += associate(repoId, typeId, unitId) ? 1 : 0;
            }
        }
        return added;
    }

    /** {@link #unassociate} for many units of one type; returns how many associations were removed. */
    default int unassociateAll(String repoId, String typeId, Collection<String> unitIds) {
        int removed = 0;
        for (String unitId : unitIds) {
            removed += unassociate(repoId, typeId, unitId) ? 1 : 0;
        }
        return removed;
    }
}
