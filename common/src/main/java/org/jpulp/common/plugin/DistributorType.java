package org.jpulp.common.plugin;

import java.util.List;

/** A distributor ({@code iso_distributor}, {@code yum_distributor}): validates its config, publishes and unpublishes. */
public interface DistributorType {

    String id();

    String displayName();

    /** Unit type ids this distributor publishes. */
    List<String> supportedTypes();

    /** Checks a config before it is stored (add/update distributor) or used (publish override). */
    ConfigCheck validateConfig(String repoId, PluginConfig config);

    /**
     * Like {@link #validateConfig(String, PluginConfig)}, and also checks the config against the other repositories'
     * distributors (e.g. two repositories claiming one relative URL).
     */
    default ConfigCheck validateConfig(String repoId, PluginConfig config, DistributorConfigs others) {
        return validateConfig(repoId, config);
    }

    /**
     * Publishes the repository's current content. A client never sees a half-written publication: the new one
     * replaces the old one in one step, or, on failure or cancellation, the old one stays.
     *
     * @throws PluginException when the publish failed; the message names what failed and why
     */
    default PublishReport publish(PublishContext context) throws Exception {
        throw new PluginException("the distributor " + id() + " cannot publish");
    }

    /** Removes what {@link #publish} made available (distributor or repository removed); idempotent. */
    default void unpublish(PublishContext context) throws Exception {
    }
}
