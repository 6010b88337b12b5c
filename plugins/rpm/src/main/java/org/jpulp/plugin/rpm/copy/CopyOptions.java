package org.jpulp.plugin.rpm.copy;

import org.jpulp.common.plugin.PluginConfig;

/**
 * The copy options of {@code override_config}: {@code recursive} or {@code recursive_conservative} copy related units
 * too (reference §7). Without a dependency solver the two behave alike.
 */
record CopyOptions(boolean recursive) {

    static CopyOptions of(PluginConfig config) {
        return new CopyOptions(flag(config.get("recursive")) || flag(config.get("recursive_conservative")));
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
