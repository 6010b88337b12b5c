package org.jpulp.plugin.rpm.sync;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.ErratumPkglists;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.ElementCursor;
import org.jpulp.plugin.rpm.repodata.ErratumParser;
import org.jpulp.plugin.rpm.repodata.XmlElement;

/**
 * Stores the errata of updateinfo.xml in batches: new ones inserted, existing ones updated by Pulp 2's merge rules
 * (reference §2.6). The package lists are kept until {@link #savePkglists}, after the sync succeeded.
 */
final class ErrataImport {

    private static final int BATCH = 200;

    private final PluginContext context;
    private final Map<String, List<Map<String, Object>>> pkglists = new LinkedHashMap<>();

    ErrataImport(PluginContext context) {
        this.context = context;
    }

    Map<String, List<String>> read(InputStream updateinfo) {
        List<String> ids = new ArrayList<>();
        List<ErratumParser.Erratum> batch = new ArrayList<>();
        try (ElementCursor cursor = new ElementCursor(updateinfo, "update", "updateinfo.xml")) {
            for (XmlElement e = cursor.next(); e != null; e = cursor.next()) {
                batch.add(ErratumParser.parse(e));
                if (batch.size() == BATCH) {
                    ids.addAll(store(batch));
                }
            }
            ids.addAll(store(batch));
        }
        return Map.of(RpmUnits.ERRATUM, ids);
    }

    private List<String> store(List<ErratumParser.Erratum> batch) {
        Map<UnitKey, Unit> existing = new HashMap<>();
        context.units().findAll(RpmUnits.ERRATUM, batch.stream().map(ErratumParser.Erratum::key).toList())
                .forEach(u -> existing.put(u.key(), u));
        List<NewUnit> fresh = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ErratumParser.Erratum e : batch) {
            pkglists.put(e.id(), e.pkglist());
            Unit old = existing.get(e.key());
            if (old == null) {
                fresh.add(new NewUnit(e.key(), e.metadata(), null));
            } else {
                ids.add(old.id());
                if (ErratumParser.newer(old.metadata(), e.metadata())) {
                    context.units().updateMetadata(RpmUnits.ERRATUM, old.id(), e.metadata());
                }
            }
        }
        context.units().insertAllIfAbsent(fresh).forEach(u -> ids.add(u.id()));
        batch.clear();
        return ids;
    }

    /** Replaces this repository's package list of every erratum the sync saw. */
    void savePkglists() {
        pkglists.forEach((id, collections) -> ErratumPkglists.save(context.documents(), id, context.repoId(),
                collections));
    }
}
