package org.jpulp.common.plugin;

import java.util.List;

/**
 * The answer of a plugin's config validation: Pulp 2's {@code (valid, message)}, with the offending keys so the
 * REST layer can answer 400 with {@code property_names}.
 */
public record ConfigCheck(boolean valid, String message, List<String> invalidKeys) {

    public ConfigCheck {
        invalidKeys = List.copyOf(invalidKeys);
    }

    public static ConfigCheck ok() {
        return new ConfigCheck(true, null, List.of());
    }

    public static ConfigCheck invalid(String message, List<String> keys) {
        return new ConfigCheck(false, message, keys);
    }
}
