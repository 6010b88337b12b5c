package org.jpulp.plugin.rpm.copy;

import java.util.Map;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;

/**
 * The copy options of {@code override_config}: {@code recursive} or {@code recursive_conservative} copy related units
 * too (reference §7); conservative leaves out dependencies the destination already meets. {@code additional_repos}
 * (other repositories to take dependencies from) is only checked: Pulp 2 refuses it without a recursive flag.
 */
record CopyOptions(boolean recursive, boolean conservative) {

    static CopyOptions of(PluginConfig config) {
        boolean conservative = flag(config.get("recursive_conservative"));
        boolean recursive = flag(config.get("recursive")) || conservative;
        Object additional = config.get("additional_repos");
        if (!recursive && additional instanceof Map<?, ?> repos && !repos.isEmpty()) {
            throw new PluginException("additional_repos may only be used together with recursive or "
                    + "recursive_conservative");
        }
        return new CopyOptions(recursive, conservative);
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
