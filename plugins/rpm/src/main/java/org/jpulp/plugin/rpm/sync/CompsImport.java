package org.jpulp.plugin.rpm.sync;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.repodata.CompsParser;
import org.jpulp.plugin.rpm.repodata.CompsParser.CompsUnit;
import org.jpulp.plugin.rpm.repodata.ElementCursor;
import org.jpulp.plugin.rpm.repodata.XmlElement;

/** Stores a comps file's groups, categories, environments and langpacks (per repository; changed ones updated). */
final class CompsImport {

    private final PluginContext context;

    CompsImport(PluginContext context) {
        this.context = context;
    }

    Map<String, List<String>> read(InputStream comps) {
        Map<String, LinkedHashMap<Object, CompsUnit>> byType = new LinkedHashMap<>();
        try (ElementCursor cursor = new ElementCursor(comps, CompsParser.ELEMENTS, "comps.xml")) {
            for (XmlElement e = cursor.next(); e != null; e = cursor.next()) {
                CompsUnit unit = CompsParser.parse(e, context.repoId());
                byType.computeIfAbsent(unit.key().typeId(), t -> new LinkedHashMap<>()).put(unit.key(), unit);
            }
        }
        Map<String, List<String>> ids = new LinkedHashMap<>();
        byType.forEach((type, units) -> ids.put(type, store(List.copyOf(units.values()))));
        return ids;
    }

    private List<String> store(List<CompsUnit> units) {
        List<Unit> stored = context.units().insertAllIfAbsent(units.stream()
                .map(u -> new NewUnit(u.key(), u.metadata(), null)).collect(Collectors.toList()));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = stored.get(i);
            if (!unit.metadata().equals(units.get(i).metadata())) {
                context.units().updateMetadata(unit.typeId(), unit.id(), units.get(i).metadata());
            }
            ids.add(unit.id());
        }
        return ids;
    }
}
