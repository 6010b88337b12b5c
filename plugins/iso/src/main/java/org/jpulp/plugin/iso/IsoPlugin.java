package org.jpulp.plugin.iso;

import java.util.List;
import org.jpulp.common.plugin.ContentPlugin;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.schema.MigrationPackage;
import org.jpulp.plugin.iso.publish.IsoDistributor;
import org.jpulp.plugin.iso.sync.IsoImporter;

/** ISO/file content: the {@code iso} unit type, {@code iso_importer} and {@code iso_distributor}. */
public final class IsoPlugin implements ContentPlugin {

    @Override
    public String id() {
        return "iso";
    }

    @Override
    public List<UnitTypeDefinition> unitTypes() {
        return List.of(IsoUnits.TYPE);
    }

    @Override
    public List<ImporterType> importers() {
        return List.of(new IsoImporter());
    }

    @Override
    public List<DistributorType> distributors() {
        return List.of(new IsoDistributor());
    }

    @Override
    public List<MigrationPackage> migrations() {
        return List.of(IsoMigrations.migrations());
    }
}
