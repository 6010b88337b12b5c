package org.jpulp.common.plugin;

import java.util.List;

/** Pulp 2's config conduit: the other repositories' distributors, for checks across repositories. */
@FunctionalInterface
public interface DistributorConfigs {

    DistributorConfigs NONE = typeId -> List.of();

    /** Every stored distributor of the type on repositories other than the one being validated. */
    List<ConfiguredDistributor> ofType(String distributorTypeId);
}
