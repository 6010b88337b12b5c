package org.jpulp.plugin.rpm.upload;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The client's {@code unit_metadata} fields a unit may take: no key fields, platform fields or names Mongo refuses. */
final class UploadedFields {

    private static final Set<String> PLATFORM = Set.of("downloaded", "pulp_user_metadata");

    private UploadedFields() {
    }

    static Map<String, Object> storable(Map<String, Object> metadata, Collection<String> excluded) {
        Map<String, Object> out = new LinkedHashMap<>();
        metadata.forEach((k, v) -> {
            if (!k.isEmpty() && !k.startsWith("_") && !k.startsWith("$") && !k.contains(".") && !PLATFORM.contains(k)
                    && !excluded.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
