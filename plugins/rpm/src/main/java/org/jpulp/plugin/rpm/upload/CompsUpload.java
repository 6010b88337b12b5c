package org.jpulp.plugin.rpm.upload;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * A package_group, package_category, package_environment or package_langpacks upload without a file (pulp2-rpm
 * §6.4): the unit from its key ({@code id}; {@code repo_id} is always the uploading repository's) and
 * {@code unit_metadata}. A unit with that key is updated in place, so a second upload changes it.
 */
final class CompsUpload {

    private final UploadContext context;

    CompsUpload(UploadContext context) {
        this.context = context;
    }

    UploadReport run() throws java.io.IOException {
        String type = context.unitTypeId();
        if (context.file() != null && Files.isRegularFile(context.file()) && Files.size(context.file()) > 0) {
            return UploadReport.failure("uploading a comps.xml file as " + type + " is not supported yet; upload "
                    + "each group, category, environment or langpacks as unit_key and unit_metadata");
        }
        Map<String, Object> keyFields = new LinkedHashMap<>();
        keyFields.put("repo_id", context.repoId());
        if (!type.equals(RpmUnits.PACKAGE_LANGPACKS)) {
            Object id = context.unitKey().getOrDefault("id", context.unitMetadata().get("id"));
            if (!(id instanceof String s) || s.isBlank()) {
                return UploadReport.failure("a " + type + " upload needs its id in unit_key, e.g. {\"id\": \"core\"}");
            }
            keyFields.put("id", id);
        }
        UnitKey key = UnitKey.of(type, keyFields);
        Map<String, Object> metadata = UploadedFields.storable(context.unitMetadata(), List.of("id", "repo_id"));
        Optional<Unit> existing = context.units().find(key);
        Unit unit;
        if (existing.isPresent()) {
            unit = metadata.isEmpty() ? existing.get()
                    : context.units().updateMetadata(type, existing.get().id(), metadata);
        } else {
            Map<String, Object> withDefaults = new LinkedHashMap<>(defaults(type));
            withDefaults.putAll(metadata);
            unit = context.units().insertIfAbsent(new NewUnit(key, withDefaults, null));
        }
        context.associations().associate(context.repoId(), type, unit.id());
        return UploadReport.success();
    }

    private static Map<String, Object> defaults(String type) {
        return type.equals(RpmUnits.PACKAGE_GROUP) ? Map.of("default", false, "user_visible", false) : Map.of();
    }
}
