package org.jpulp.common.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Content units ({@code units_<type>}), one per unit key, shared by every repository that holds them. Implementations
 * know the key fields of each unit type they store and reject other types.
 */
public interface UnitStore {

    Optional<Unit> find(UnitKey key);

    Optional<Unit> get(String typeId, String unitId);

    /** The units among {@code unitIds} that exist, in no particular order. */
    List<Unit> get(String typeId, Collection<String> unitIds);

    /**
     * Stores the unit unless one with the same key exists, and returns the stored one. Safe to race: concurrent
     * callers with one key all get the same unit, and only one is written.
     */
    Unit insertIfAbsent(NewUnit unit);

    /** Bumps {@code _last_updated} and marks the unit's file downloaded at {@code storagePath}. */
    Unit markDownloaded(String typeId, String unitId, String storagePath);

    /** Returns whether a unit was deleted. */
    boolean delete(String typeId, String unitId);

    long count(String typeId);
}
