package org.jpulp.common.plugin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jpulp.common.content.Unit;

/**
 * The platform's copy and unassociate: every matched unit is associated with (removed from) the repository, type by
 * type in bulk. {@link ImporterType}'s defaults; importers that do more call these for the plain part.
 */
public final class UnitAssociations {

    private UnitAssociations() {
    }

    public static AssociationReport copyAll(CopyContext context) {
        long added = 0;
        for (Map.Entry<String, List<String>> type : idsByType(context.matchedUnits()).entrySet()) {
            context.checkCanceled();
            added += context.associations().associateAll(context.repoId(), type.getKey(), type.getValue()).size();
        }
        return AssociationReport.of(context.matchedUnits(), added, 0);
    }

    public static AssociationReport removeAll(UnassociateContext context) {
        long removed = 0;
        for (Map.Entry<String, List<String>> type : idsByType(context.matchedUnits()).entrySet()) {
            context.checkCanceled();
            removed += context.associations().unassociateAll(context.repoId(), type.getKey(), type.getValue());
        }
        return AssociationReport.of(context.matchedUnits(), 0, removed);
    }

    private static Map<String, List<String>> idsByType(List<Unit> units) {
        return units.stream().collect(Collectors.groupingBy(Unit::typeId, TreeMap::new,
                Collectors.mapping(Unit::id, Collectors.toList())));
    }
}
