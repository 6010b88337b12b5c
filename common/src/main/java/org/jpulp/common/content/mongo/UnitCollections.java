package org.jpulp.common.content.mongo;

import java.util.ArrayList;
import java.util.List;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.schema.CollectionSpec;
import org.jpulp.common.schema.IndexSpec;
import org.jpulp.common.schema.PulpCollections;

/** The {@code units_<type>} collection of a unit type: a unique index on the unit key, one index per search field. */
public final class UnitCollections {

    private UnitCollections() {
    }

    public static CollectionSpec spec(UnitTypeDefinition type) {
        List<IndexSpec> indexes = new ArrayList<>();
        indexes.add(new IndexSpec(type.unitKey(), true));
        type.searchIndexes().stream().filter(f -> !List.of(f).equals(type.unitKey()))
                .forEach(f -> indexes.add(IndexSpec.nonUnique(f)));
        return new CollectionSpec(PulpCollections.units(type.id()), indexes);
    }
}
