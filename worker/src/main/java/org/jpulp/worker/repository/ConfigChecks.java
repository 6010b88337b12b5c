package org.jpulp.worker.repository;

import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.PluginException;

/** A config the plugin refuses at run time (it changed since the REST API checked it) fails the task. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    static void enforce(ConfigCheck check, String what) {
        if (!check.valid()) {
            throw new PluginException("invalid " + what + " config: "
                    + (check.message() == null ? "invalid properties " + check.invalidKeys() : check.message()));
        }
    }
}
