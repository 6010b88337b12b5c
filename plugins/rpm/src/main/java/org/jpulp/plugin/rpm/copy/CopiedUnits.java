package org.jpulp.plugin.rpm.copy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.content.Unit;
import org.jpulp.plugin.rpm.RpmUnits;

/** How copied and removed units appear in a task result: packages carry {@code signing_key} (reference §1.13). */
final class CopiedUnits {

    private static final Set<String> SIGNED_TYPES = Set.of(RpmUnits.RPM, RpmUnits.SRPM, "drpm");

    private CopiedUnits() {
    }

    /** The unit with only the fields its identifying dict shows. */
    static Unit reported(Unit unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (SIGNED_TYPES.contains(unit.typeId())) {
            fields.put("signing_key", unit.metadata().get("signing_key"));
        }
        return new Unit(unit.id(), unit.key(), fields, unit.storagePath(), unit.downloaded(), unit.lastUpdated(),
                unit.userMetadata());
    }
}
