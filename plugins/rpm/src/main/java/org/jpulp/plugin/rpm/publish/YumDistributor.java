package org.jpulp.plugin.rpm.publish;

import java.util.List;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.DistributorConfigs;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * {@code yum_distributor}: publishes the repository as a yum repository at
 * {@code <storage_dir>/published/yum/{http,https}/repos/<relative_url>/}, served as {@code /pulp/repos/<relative_url>/}.
 */
public final class YumDistributor implements DistributorType {

    public static final String ID = "yum_distributor";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Yum Distributor";
    }

    @Override
    public List<String> supportedTypes() {
        return List.of(RpmUnits.RPM, RpmUnits.SRPM, "drpm", RpmUnits.ERRATUM, RpmUnits.PACKAGE_GROUP,
                RpmUnits.PACKAGE_CATEGORY, "distribution", RpmUnits.YUM_REPO_METADATA_FILE);
    }

    @Override
    public ConfigCheck validateConfig(String repoId, PluginConfig config) {
        return YumDistributorConfig.check(repoId, config, DistributorConfigs.NONE);
    }

    @Override
    public ConfigCheck validateConfig(String repoId, PluginConfig config, DistributorConfigs others) {
        return YumDistributorConfig.check(repoId, config, others);
    }

    @Override
    public PublishReport publish(PublishContext context) throws Exception {
        return new YumPublisher(context).publish();
    }

    @Override
    public void unpublish(PublishContext context) throws Exception {
        new YumPublisher(context).unpublish();
    }
}
