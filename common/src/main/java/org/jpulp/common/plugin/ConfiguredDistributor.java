package org.jpulp.common.plugin;

/** A distributor stored on a repository, as config validation sees the others (e.g. for relative URL conflicts). */
public record ConfiguredDistributor(String repoId, String distributorId, PluginConfig config) {
}
