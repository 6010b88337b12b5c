package org.jpulp.plugin.rpm.copy;

import java.util.Map;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;

/**
 * The copy options of {@code override_config}: {@code recursive} or {@code recursive_conservative} copy related units
 * too (reference §7). Without a dependency solver the two behave alike, and {@code additional_repos} (where a solver
 * would take dependencies from) is only checked: Pulp 2 refuses it without a recursive flag.
 */
record CopyOptions(boolean recursive) {

    static CopyOptions of(PluginConfig config) {
        boolean recursive = flag(config.get("recursive")) || flag(config.get("recursive_conservative"));
        Object additional = config.get("additional_repos");
        if (!recursive && additional instanceof Map<?, ?> repos && !repos.isEmpty()) {
            throw new PluginException("additional_repos may only be used together with recursive or "
                    + "recursive_conservative");
        }
        return new CopyOptions(recursive);
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
