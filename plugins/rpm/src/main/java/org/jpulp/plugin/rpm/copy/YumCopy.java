package org.jpulp.plugin.rpm.copy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.CopyContext;

/**
 * {@code yum_importer}'s copy (Pulp 2's {@code import_units}, reference §7): selects the matched units and what they
 * take along ({@link CopySelection}), clones repository-scoped units for the destination ({@link RepoScopedClones}),
 * lets a copied package replace the destination's package of the same NEVRA with another checksum, and leaves out
 * packages the destination's signature policy rejects ({@code units_failed_signature_filter}).
 */
public final class YumCopy {

    private final CopyContext context;
    private final RepoPackages destination;
    private final SignaturePolicy signatures;
    private final List<Unit> failedSignatureFilter = new ArrayList<>();
    private long added;
    private long removed;

    private YumCopy(CopyContext context) {
        this.context = context;
        this.destination = RepoPackages.of(context, context.repoId());
        this.signatures = SignaturePolicy.of(context.config());
    }

    public static AssociationReport run(CopyContext context) throws IOException {
        return new YumCopy(context).copy();
    }

    private AssociationReport copy() throws IOException {
        RepoPackages source = RepoPackages.of(context, context.sourceRepoId());
        List<Unit> selected = new CopySelection(context, CopyOptions.of(context.config()), source, destination)
                .expand(context.matchedUnits());
        Map<String, List<Unit>> byType = new LinkedHashMap<>();
        selected.forEach(u -> byType.computeIfAbsent(u.typeId(), t -> new ArrayList<>()).add(u));
        List<Unit> copied = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> type : byType.entrySet()) {
            context.checkCanceled();
            copied.addAll(copyType(type.getKey(), type.getValue()));
        }
        Object failed = AssociationReport.of(failedSignatureFilter.stream().map(CopiedUnits::reported).toList(), 0, 0)
                .result().get("units_successful");
        return new AssociationReport(copied.stream().map(CopiedUnits::reported).toList(), added, removed,
                Map.of("units_failed_signature_filter", failed));
    }

    private List<Unit> copyType(String typeId, List<Unit> units) throws IOException {
        List<Unit> targets = units;
        if (RepoScopedClones.TYPES.contains(typeId)) {
            RepoScopedClones clones = new RepoScopedClones(context);
            targets = new ArrayList<>();
            for (Unit u : units) {
                targets.add(clones.cloneOf(u));
            }
        } else if (RepoPackages.PACKAGE_TYPES.contains(typeId) || typeId.equals("drpm")) {
            targets = units.stream().filter(signatures::accepts).toList();
            units.stream().filter(u -> !signatures.accepts(u)).forEach(failedSignatureFilter::add);
            removeSameNevraOtherChecksum(typeId, targets);
        }
        added += context.associations().associateAll(context.repoId(), typeId,
                targets.stream().map(Unit::id).toList()).size();
        return targets;
    }

    /** Pulp 2 keeps one package per NEVRA in a repository: the copied one wins. */
    private void removeSameNevraOtherChecksum(String typeId, List<Unit> incoming) {
        Set<String> incomingIds = new HashSet<>();
        incoming.forEach(u -> incomingIds.add(u.id()));
        List<String> replaced = new ArrayList<>();
        for (Unit u : incoming) {
            destination.withNevra(typeId, Nevra.of(u.key())).stream().map(Unit::id)
                    .filter(id -> !incomingIds.contains(id)).forEach(replaced::add);
        }
        if (!replaced.isEmpty()) {
            removed += context.associations().unassociateAll(context.repoId(), typeId, replaced);
        }
    }
}
