package org.jpulp.common.plugin;

import java.util.List;

/** A content unit type as {@code /pulp/api/v2/plugins/types/} shows it; units live in {@code units_<id>}. */
public record UnitTypeDefinition(String id, String displayName, String description, List<String> unitKey,
                                 List<String> searchIndexes, List<String> referencedTypes) {

    public UnitTypeDefinition {
        unitKey = List.copyOf(unitKey);
        searchIndexes = List.copyOf(searchIndexes);
        referencedTypes = List.copyOf(referencedTypes);
    }
}
