package org.jpulp.common.plugin;

/**
 * {@link DistributorType#publish} and {@link DistributorType#unpublish}'s view. Published trees go under
 * {@code contentStore().layout().published()}.
 */
public interface PublishContext extends PluginContext {

    /** The distributor's id in the repository (its progress report key). */
    String distributorId();
}
