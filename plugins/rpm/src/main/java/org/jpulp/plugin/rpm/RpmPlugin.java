package org.jpulp.plugin.rpm;

import java.util.List;
import org.jpulp.common.plugin.ContentPlugin;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.schema.MigrationPackage;
import org.jpulp.plugin.rpm.sync.YumImporter;
import org.jpulp.plugin.rpm.publish.YumDistributor;

/** Yum repositories: packages, errata, comps, modules and custom metadata; {@code yum_importer}, {@code yum_distributor}. */
public final class RpmPlugin implements ContentPlugin {

    @Override
    public String id() {
        return "rpm";
    }

    @Override
    public List<UnitTypeDefinition> unitTypes() {
        return RpmUnits.ALL;
    }

    @Override
    public List<ImporterType> importers() {
        return List.of(new YumImporter());
    }

    @Override
    public List<DistributorType> distributors() {
        return List.of(new YumDistributor());
    }

    @Override
    public List<MigrationPackage> migrations() {
        return List.of(RpmMigrations.migrations());
    }
}
