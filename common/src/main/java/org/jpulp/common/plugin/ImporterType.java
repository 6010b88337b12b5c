package org.jpulp.common.plugin;

import java.util.List;

/** An importer ({@code iso_importer}, {@code yum_importer}): validates its config and syncs repositories. */
public interface ImporterType {

    String id();

    String displayName();

    /** Unit type ids this importer brings into repositories. */
    List<String> supportedTypes();

    /** Checks a config before it is stored (add/update importer) or used (sync override). */
    ConfigCheck validateConfig(String repoId, PluginConfig config);
}
