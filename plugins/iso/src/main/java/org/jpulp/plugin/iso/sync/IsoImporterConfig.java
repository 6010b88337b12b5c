package org.jpulp.plugin.iso.sync;

import java.net.URI;
import java.util.List;
import org.jpulp.common.download.DownloadOptions;
import org.jpulp.common.download.Urls;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ConfigProblems;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.ImporterConfigChecks;
import org.jpulp.common.plugin.ImporterConfigKeys;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;

/**
 * {@code iso_importer}'s config: Pulp 2's generic importer keys plus {@code validate} (default true),
 * {@code remove_missing} (default false) and {@code download_policy}.
 */
record IsoImporterConfig(String feed, boolean validate, boolean removeMissing, String downloadPolicy,
                         DownloadOptions downloadOptions) {

    static final List<String> DOWNLOAD_POLICIES = List.of("immediate", "background", "on_demand");

    static ConfigCheck check(PluginConfig config) {
        ConfigProblems problems = new ConfigProblems();
        ImporterConfigChecks.checkGeneric(config, problems);
        ImporterConfigChecks.bool(config, ImporterConfigKeys.VALIDATE, problems);
        ImporterConfigChecks.bool(config, ImporterConfigKeys.REMOVE_MISSING, problems);
        Object policy = config.get(ImporterConfigKeys.DOWNLOAD_POLICY);
        if (policy != null && !DOWNLOAD_POLICIES.contains(policy)) {
            problems.add(ImporterConfigKeys.DOWNLOAD_POLICY, "The configuration parameter <download_policy> must be "
                    + "one of: " + String.join(", ", DOWNLOAD_POLICIES) + "; it is currently set to <"
                    + ConfigValues.pythonStr(policy) + ">.");
        }
        return problems.toCheck();
    }

    /** Reads a config for a sync or an upload; an invalid config fails with its validation messages. */
    static IsoImporterConfig of(PluginConfig config) {
        ConfigCheck check = check(config);
        if (!check.valid()) {
            throw new PluginException("invalid iso_importer config: " + check.message());
        }
        return new IsoImporterConfig(ConfigValues.string(config.get(ImporterConfigKeys.FEED)),
                ConfigValues.bool(config, ImporterConfigKeys.VALIDATE, true),
                ConfigValues.bool(config, ImporterConfigKeys.REMOVE_MISSING, false),
                config.has(ImporterConfigKeys.DOWNLOAD_POLICY)
                        ? (String) config.get(ImporterConfigKeys.DOWNLOAD_POLICY) : "immediate",
                DownloadOptions.fromImporterConfig(config));
    }

    /** The feed as a base URL; fails like Pulp 2 without a feed. */
    URI feedBase() {
        if (feed == null || feed.isBlank()) {
            throw new PluginException("Repository without feed cannot be synchronized");
        }
        try {
            return Urls.feedBase(feed);
        } catch (IllegalArgumentException e) {
            throw new PluginException(e.getMessage(), e);
        }
    }
}
