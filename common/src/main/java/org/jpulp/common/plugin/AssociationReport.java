package org.jpulp.common.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;

/**
 * What a copy or an unassociate did: the units it copied or removed (Pulp 2's {@code units_successful}), how many
 * associations it actually added and removed (a copy that replaces a same-named ISO removes one), and extra result
 * keys (e.g. {@code units_failed_signature_filter}). Units whose metadata holds {@code signing_key} (packages) show it
 * in their identifying dict, as Pulp 2's do.
 */
public record AssociationReport(List<Unit> units, long added, long removed, Map<String, Object> extra) {

    public AssociationReport {
        units = List.copyOf(units);
        extra = Map.copyOf(extra);
    }

    public static AssociationReport of(List<Unit> units, long added, long removed) {
        return new AssociationReport(units, added, removed, Map.of());
    }

    /** The task result: {@code {"units_successful": [{"type_id", "unit_key"}], ...extra}}. */
    public Map<String, Object> result() {
        List<Map<String, Object>> successful = new ArrayList<>();
        for (Unit u : units) {
            Map<String, Object> id = new LinkedHashMap<>();
            id.put("type_id", u.typeId());
            id.put("unit_key", new LinkedHashMap<>(u.key().fields()));
            if (u.metadata().containsKey("signing_key")) {
                id.put("signing_key", u.metadata().get("signing_key"));
            }
            successful.add(id);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("units_successful", successful);
        result.putAll(extra);
        return result;
    }
}
