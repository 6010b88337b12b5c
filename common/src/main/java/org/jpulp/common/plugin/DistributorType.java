package org.jpulp.common.plugin;

import java.util.List;

/** A distributor ({@code iso_distributor}, {@code yum_distributor}): validates its config and publishes. */
public interface DistributorType {

    String id();

    String displayName();

    /** Unit type ids this distributor publishes. */
    List<String> supportedTypes();

    /** Checks a config before it is stored (add/update distributor) or used (publish override). */
    ConfigCheck validateConfig(String repoId, PluginConfig config);
}
