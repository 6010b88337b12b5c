package org.jpulp.plugin.rpm.upload;

import java.io.IOException;
import java.io.InputStream;
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
import org.jpulp.plugin.rpm.repodata.CompsParser;
import org.jpulp.plugin.rpm.repodata.CompsParser.CompsUnit;
import org.jpulp.plugin.rpm.repodata.ElementCursor;
import org.jpulp.plugin.rpm.repodata.RepodataException;
import org.jpulp.plugin.rpm.repodata.XmlElement;

/**
 * A package_group, package_category, package_environment or package_langpacks upload (pulp2-rpm §6.4). Without a
 * file: the unit from its key ({@code id}; {@code repo_id} is always the uploading repository's) and
 * {@code unit_metadata}. With a file (pulp-admin's comps upload): every group, category, environment and langpacks of
 * that comps.xml. A unit with the same key is updated in place, so a second upload changes it.
 */
final class CompsUpload {

    private final UploadContext context;

    CompsUpload(UploadContext context) {
        this.context = context;
    }

    UploadReport run() throws IOException {
        if (context.file() != null && Files.isRegularFile(context.file()) && Files.size(context.file()) > 0) {
            return compsFile();
        }
        String type = context.unitTypeId();
        Map<String, Object> keyFields = new LinkedHashMap<>();
        keyFields.put("repo_id", context.repoId());
        if (!type.equals(RpmUnits.PACKAGE_LANGPACKS)) {
            Object id = context.unitKey().getOrDefault("id", context.unitMetadata().get("id"));
            if (!(id instanceof String s) || s.isBlank()) {
                return UploadReport.failure("a " + type + " upload needs its id in unit_key, e.g. {\"id\": \"core\"}");
            }
            keyFields.put("id", id);
        }
        Map<String, Object> metadata = UploadedFields.storable(context.unitMetadata(), List.of("id", "repo_id"));
        store(UnitKey.of(type, keyFields), metadata, defaults(type));
        return UploadReport.success();
    }

    private UploadReport compsFile() throws IOException {
        int stored = 0;
        try (InputStream in = Files.newInputStream(context.file());
             ElementCursor cursor = new ElementCursor(in, CompsParser.ELEMENTS, "comps.xml")) {
            for (XmlElement e = cursor.next(); e != null; e = cursor.next()) {
                CompsUnit unit = CompsParser.parse(e, context.repoId());
                store(unit.key(), unit.metadata(), Map.of());
                stored++;
            }
        } catch (RepodataException e) {
            return UploadReport.failure("the uploaded comps.xml is invalid: " + e.getMessage());
        }
        return stored > 0 ? UploadReport.success()
                : UploadReport.failure("the uploaded comps.xml has no group, category, environment or langpacks");
    }

    private void store(UnitKey key, Map<String, Object> metadata, Map<String, Object> defaults) {
        Optional<Unit> existing = context.units().find(key);
        Unit unit;
        if (existing.isPresent()) {
            unit = metadata.isEmpty() ? existing.get()
                    : context.units().updateMetadata(key.typeId(), existing.get().id(), metadata);
        } else {
            Map<String, Object> withDefaults = new LinkedHashMap<>(defaults);
            withDefaults.putAll(metadata);
            unit = context.units().insertIfAbsent(new NewUnit(key, withDefaults, null));
        }
        context.associations().associate(context.repoId(), key.typeId(), unit.id());
    }

    private static Map<String, Object> defaults(String type) {
        return type.equals(RpmUnits.PACKAGE_GROUP) ? Map.of("default", false, "user_visible", false) : Map.of();
    }
}
