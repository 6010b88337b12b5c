package org.jpulp.common.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.UnitAssociationCriteria;

/**
 * Read access to stored unit documents as Pulp 2's search endpoints show them: units of one type by generic
 * criteria, a repository's units by unit association criteria, and which repositories hold given units. Works on
 * the stored documents (maps), not on {@link Unit}s, so projections and every metadata field pass through.
 */
public interface UnitSearch {

    /** Whether a plugin defines the unit type. */
    boolean knows(String typeId);

    /** Units of a known type matching validated criteria, with the projection applied. */
    List<Map<String, Object>> units(String typeId, Criteria criteria);

    Optional<Map<String, Object>> unit(String typeId, String unitId);

    /** Repository ids holding each of the units (sorted); units in no repository are left out. */
    Map<String, List<String>> repositoryMemberships(String typeId, Collection<String> unitIds);

    /**
     * The repository's associations matching the criteria with their units: ordered by association sort when
     * given, otherwise by type id and then unit sort (default {@code _id}); then skipped and limited. Types no
     * plugin defines match nothing.
     */
    List<AssociatedUnit> associations(String repoId, UnitAssociationCriteria criteria);

    /** Replaces the unit's {@code pulp_user_metadata}; false when there is no such unit. */
    boolean setUserMetadata(String typeId, String unitId, Map<String, Object> metadata);
}
