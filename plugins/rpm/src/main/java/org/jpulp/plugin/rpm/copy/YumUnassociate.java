package org.jpulp.plugin.rpm.copy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.UnassociateContext;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * {@code yum_importer}'s remove (Pulp 2's {@code remove_units}, reference §7): the matched units go, and a removed
 * module takes its artifact packages along unless another module left in the repository lists them. Removing
 * packages leaves errata, groups and modules that name them in place.
 */
public final class YumUnassociate {

    private final UnassociateContext context;

    private YumUnassociate(UnassociateContext context) {
        this.context = context;
    }

    public static AssociationReport run(UnassociateContext context) {
        return new YumUnassociate(context).remove();
    }

    private AssociationReport remove() {
        List<Unit> units = new ArrayList<>(context.matchedUnits());
        units.addAll(orphanedArtifacts(context.matchedUnits()));
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<Unit> removedUnits = new ArrayList<>();
        for (Unit u : units) {
            if (seen.add(u.typeId() + "/" + u.id())) {
                idsByType.computeIfAbsent(u.typeId(), t -> new ArrayList<>()).add(u.id());
                removedUnits.add(CopiedUnits.reported(u));
            }
        }
        long removed = 0;
        for (Map.Entry<String, List<String>> type : idsByType.entrySet()) {
            context.checkCanceled();
            removed += context.associations().unassociateAll(context.repoId(), type.getKey(), type.getValue());
        }
        return AssociationReport.of(removedUnits, 0, removed);
    }

    /** Packages of the removed modules that no remaining module of the repository lists. */
    private List<Unit> orphanedArtifacts(List<Unit> matched) {
        Set<String> removedModules = new HashSet<>();
        Set<String> artifacts = new HashSet<>();
        for (Unit u : matched) {
            if (u.typeId().equals(RpmUnits.MODULEMD)) {
                removedModules.add(u.id());
                artifacts.addAll(strings(u.metadata().get("artifacts")));
            }
        }
        if (artifacts.isEmpty()) {
            return List.of();
        }
        List<String> remaining = new ArrayList<>(context.associations().unitIds(context.repoId(), RpmUnits.MODULEMD));
        remaining.removeAll(removedModules);
        context.units().get(RpmUnits.MODULEMD, remaining, Set.of("artifacts"))
                .forEach(m -> artifacts.removeAll(strings(m.metadata().get("artifacts"))));
        RepoPackages packages = RepoPackages.of(context, context.repoId());
        List<Unit> found = new ArrayList<>();
        for (String artifact : artifacts) {
            Nevra.ofArtifact(artifact).ifPresent(n -> found.addAll(packages.withNevra(n)));
        }
        return found;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().filter(v -> v != null).map(Object::toString).toList()
                : List.of();
    }
}
