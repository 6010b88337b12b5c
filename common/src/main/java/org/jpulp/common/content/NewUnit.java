package org.jpulp.common.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A unit to store: its key, its other metadata (values may be null, as Pulp 2's are) and where its file is (null for
 * units without a file). Metadata may not reuse a key field, a platform field ({@code _...},
 * {@code pulp_user_metadata}, {@code downloaded}) or a name MongoDB cannot store ({@code $...}, dots).
 */
public record NewUnit(UnitKey key, Map<String, Object> metadata, String storagePath) {

    private static final Set<String> RESERVED = Set.of("pulp_user_metadata", "downloaded");

    public NewUnit {
        Objects.requireNonNull(key, "key");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        for (String field : metadata.keySet()) {
            if (field.isEmpty() || field.startsWith("_") || field.startsWith("$") || field.contains(".")
                    || RESERVED.contains(field) || key.fields().containsKey(field)) {
                throw new IllegalArgumentException("'" + field + "' cannot be a metadata field of a " + key.typeId()
                        + " unit");
            }
        }
    }

    public static NewUnit withFile(UnitKey key, String storagePath) {
        return new NewUnit(key, Map.of(), storagePath);
    }
}
