package org.jpulp.common.plugin;

import java.util.HashMap;
import java.util.Map;

/**
 * An importer's or distributor's effective configuration: plugin-wide defaults, overlaid by the repository's
 * stored config, overlaid by a per-call override (Pulp 2's {@code override_config}). {@code null} values in an
 * upper layer remove the key.
 */
public record PluginConfig(Map<String, Object> values) {

    public PluginConfig {
        values = Map.copyOf(values);
    }

    public static PluginConfig layered(Map<String, Object> defaults, Map<String, Object> repo,
                                       Map<String, Object> override) {
        Map<String, Object> merged = new HashMap<>();
        for (Map<String, Object> layer : java.util.Arrays.asList(defaults, repo, override)) {
            if (layer == null) {
                continue;
            }
            layer.forEach((k, v) -> {
                if (v == null) {
                    merged.remove(k);
                } else {
                    merged.put(k, v);
                }
            });
        }
        return new PluginConfig(merged);
    }

    public Object get(String key) {
        return values.get(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }
}
