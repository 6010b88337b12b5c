package org.jpulp.plugin.rpm.upload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.rpm.ErratumPkglists;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.errata.ErratumMerge;

/**
 * An erratum upload without a file (pulp2-rpm §6.3): the unit from {@code unit_key.id} and {@code unit_metadata}, its
 * {@code pkglist} kept for this repository in {@link ErratumPkglists} (the context's plugin documents). An erratum with that id that already exists is
 * merged by {@link ErratumMerge}. Associated with the repository unless {@code skip_erratum_link}.
 */
final class ErratumUpload {

    private static final Set<String> NOT_STORED = Set.of("id", "pkglist", "errata_id");
    private static final Map<String, Object> DEFAULTS = defaults();

    private final UploadContext context;

    ErratumUpload(UploadContext context) {
        this.context = context;
    }

    UploadReport run() {
        Object id = context.unitKey().getOrDefault("id", context.unitMetadata().get("id"));
        if (!(id instanceof String errataId) || errataId.isBlank()) {
            return UploadReport.failure("an erratum upload needs its id in unit_key, e.g. {\"id\": \"RHSA-2024:0001\"}");
        }
        List<Map<String, Object>> collections;
        try {
            collections = Pkglist.collections(context.unitMetadata().get("pkglist"));
        } catch (IllegalArgumentException e) {
            return UploadReport.failure("the erratum's pkglist is invalid: " + e.getMessage());
        }
        Map<String, Object> incoming = UploadedFields.storable(context.unitMetadata(), NOT_STORED);
        UnitKey key = UnitKey.of(RpmUnits.ERRATUM, Map.of("id", errataId));
        Optional<Unit> existing = context.units().find(key);
        Unit unit;
        boolean replacePkglist;
        if (existing.isPresent()) {
            ErratumMerge.Result merge;
            try {
                merge = ErratumMerge.merge(existing.get().metadata(), incoming);
            } catch (IllegalArgumentException e) {
                return UploadReport.failure("cannot merge the uploaded erratum " + errataId + ": " + e.getMessage());
            }
            unit = merge.changes().isEmpty() ? existing.get()
                    : context.units().updateMetadata(RpmUnits.ERRATUM, existing.get().id(), merge.changes());
            replacePkglist = merge.newer() || context.documents().get(ErratumPkglists.COLLECTION,
                    ErratumPkglists.id(context.repoId(), errataId)).isEmpty();
            if (merge.newer()) {
                touchRepositoriesHolding(unit);
            }
        } else {
            Map<String, Object> metadata = new LinkedHashMap<>(DEFAULTS);
            metadata.putAll(incoming);
            unit = context.units().insertIfAbsent(new NewUnit(key, metadata, null));
            replacePkglist = true;
        }
        if (replacePkglist) {
            ErratumPkglists.save(context.documents(), errataId, context.repoId(), collections);
        }
        if (!ConfigValues.bool(context.config(), "skip_erratum_link", false)) {
            context.associations().associate(context.repoId(), RpmUnits.ERRATUM, unit.id());
        }
        return UploadReport.success();
    }

    /**
     * Bumps the {@code updated} time of every association of the changed erratum (Pulp 2 bumps those repositories'
     * {@code last_unit_added}), so that their next publish sees a change.
     */
    private void touchRepositoriesHolding(Unit unit) {
        for (String repo : context.associations().repoIds(RpmUnits.ERRATUM, unit.id())) {
            context.associations().associate(repo, RpmUnits.ERRATUM, unit.id());
        }
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("updated", "");
        d.put("references", new ArrayList<>());
        d.put("reboot_suggested", false);
        d.put("relogin_suggested", false);
        d.put("restart_suggested", false);
        return d;
    }
}
