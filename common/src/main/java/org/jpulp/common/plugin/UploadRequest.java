package org.jpulp.common.plugin;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** {@code import_upload}'s arguments; {@code file} is null for uploads without a file. */
public record UploadRequest(String unitTypeId, Map<String, Object> unitKey, Map<String, Object> unitMetadata,
                            Path file) {

    public UploadRequest {
        Objects.requireNonNull(unitTypeId, "unitTypeId");
        unitKey = unitKey == null ? Map.of() : Map.copyOf(unitKey);
        unitMetadata = unitMetadata == null ? Map.of() : Map.copyOf(unitMetadata);
    }
}
