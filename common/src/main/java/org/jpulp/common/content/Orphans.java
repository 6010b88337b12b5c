package org.jpulp.common.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orphans: stored units no repository holds. Listing reads each type's associated ids once; deleting re-checks the
 * candidates in batches just before removing them, then deletes their files from the content store unless another
 * unit still points at the same file. Like Pulp 2, a sync that adopts an orphan while it is being deleted may lose it.
 */
public interface Orphans {

    /** The number of orphans of every known unit type (zero included), by type id. */
    Map<String, Long> counts();

    /** The orphan documents of one known type. */
    List<Map<String, Object>> list(String typeId);

    /** The unit document when the unit exists and is an orphan. */
    Optional<Map<String, Object>> find(String typeId, String unitId);

    /** Deletes every orphan of the given known types; returns how many were deleted per type. */
    Map<String, Long> deleteByType(Collection<String> typeIds);

    /** Deletes the given units of known types that are orphans; others are left alone. Deleted per type. */
    Map<String, Long> deleteByIds(Map<String, ? extends Collection<String>> unitIdsByType);
}
