package org.jpulp.common.content;

import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Like {@link #get(String, Collection)}, reading only the key fields and the named metadata fields (a publish needs
     * a few fields of many units). {@code storagePath} and {@code downloaded} are always read.
     */
    default List<Unit> get(String typeId, Collection<String> unitIds, Collection<String> metadataFields) {
        return get(typeId, unitIds).stream().map(u -> {
            Map<String, Object> wanted = new LinkedHashMap<>(u.metadata());
            wanted.keySet().retainAll(metadataFields);
            return new Unit(u.id(), u.key(), wanted, u.storagePath(), u.downloaded(), u.lastUpdated(),
                    u.userMetadata());
        }).toList();
    }

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

    /** The stored units among these keys of one type, in no particular order; keys without a unit are left out. */
    default List<Unit> findAll(String typeId, Collection<UnitKey> keys) {
        List<Unit> found = new ArrayList<>();
        for (UnitKey key : keys) {
            if (!key.typeId().equals(typeId)) {
                throw new IllegalArgumentException("a " + key.typeId() + " key among " + typeId + " keys");
            }
            find(key).ifPresent(found::add);
        }
        return found;
    }

    /** {@link #insertIfAbsent} for many units of one type: the stored unit of each, in the same order. */
    default List<Unit> insertAllIfAbsent(List<NewUnit> units) {
        return units.stream().map(this::insertIfAbsent).toList();
    }

    /** Unit id → key of those units among {@code unitIds} that exist, without loading their other metadata. */
    default Map<String, UnitKey> keys(String typeId, Collection<String> unitIds) {
        Map<String, UnitKey> keys = new LinkedHashMap<>();
        get(typeId, unitIds).forEach(u -> keys.put(u.id(), u.key()));
        return keys;
    }

    /** {@link #markDownloaded} for many units of one type: unit id → storage path. */
    default void markAllDownloaded(String typeId, Map<String, String> storagePaths) {
        storagePaths.forEach((unitId, path) -> markDownloaded(typeId, unitId, path));
    }

    /**
     * Sets these metadata fields (others stay), bumps {@code _last_updated} and returns the updated unit; for units
     * whose metadata changes upstream (errata, comps).
     */
    Unit updateMetadata(String typeId, String unitId, Map<String, Object> fields);
}
