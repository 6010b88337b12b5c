package org.jpulp.worker.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.AssociatedUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.criteria.UnitAssociationCriteria;

/** The units of a repository that unit association criteria select, loaded type by type in batches. */
final class MatchedUnits {

    private MatchedUnits() {
    }

    static List<Unit> of(String repoId, UnitAssociationCriteria criteria, UnitSearch search, UnitStore units) {
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (AssociatedUnit a : search.associations(repoId, criteria)) {
            idsByType.computeIfAbsent(a.typeId(), t -> new ArrayList<>()).add(a.unitId());
        }
        List<Unit> out = new ArrayList<>();
        idsByType.forEach((type, ids) -> out.addAll(units.get(type, ids)));
        return out;
    }
}
