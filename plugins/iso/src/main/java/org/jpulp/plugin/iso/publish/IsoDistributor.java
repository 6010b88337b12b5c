package org.jpulp.plugin.iso.publish;

import java.util.List;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.DistributorConfigs;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.plugin.iso.IsoUnits;

/**
 * {@code iso_distributor}: publishes the repository's ISOs with a {@code PULP_MANIFEST} at
 * {@code <storage_dir>/published/{http,https}/isos/<relative_url>/}, served as {@code /pulp/isos/<relative_url>/}.
 */
public final class IsoDistributor implements DistributorType {

    public static final String ID = "iso_distributor";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "ISO Distributor";
    }

    @Override
    public List<String> supportedTypes() {
        return List.of(IsoUnits.TYPE_ID);
    }

    @Override
    public ConfigCheck validateConfig(String repoId, PluginConfig config) {
        return IsoDistributorConfig.check(repoId, config, DistributorConfigs.NONE);
    }

    @Override
    public ConfigCheck validateConfig(String repoId, PluginConfig config, DistributorConfigs others) {
        return IsoDistributorConfig.check(repoId, config, others);
    }

    @Override
    public PublishReport publish(PublishContext context) throws Exception {
        return new IsoPublisher(context).publish();
    }

    @Override
    public void unpublish(PublishContext context) throws Exception {
        new IsoPublisher(context).unpublish();
    }
}
