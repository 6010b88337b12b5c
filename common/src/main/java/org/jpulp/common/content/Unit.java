package org.jpulp.common.content;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stored content unit ({@code units_<type>} document): Pulp 2's platform fields plus the type's key fields and
 * other metadata.
 *
 * @param id           {@code _id}, a UUID string
 * @param metadata     non-key fields of the type (values may be null)
 * @param storagePath  {@code _storage_path}, the absolute path of the unit's file, or null for units without a file
 * @param lastUpdated  {@code _last_updated} (Pulp 2 stores whole epoch seconds)
 * @param userMetadata {@code pulp_user_metadata}
 */
public record Unit(String id, UnitKey key, Map<String, Object> metadata, String storagePath, boolean downloaded,
                   Instant lastUpdated, Map<String, Object> userMetadata) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        userMetadata = Map.copyOf(userMetadata);
    }

    public String typeId() {
        return key.typeId();
    }
}
