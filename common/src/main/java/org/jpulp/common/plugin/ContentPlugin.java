package org.jpulp.common.plugin;

import java.util.List;
import org.jpulp.common.schema.MigrationPackage;

/**
 * A content plugin (ISO, RPM, ...): its unit types, importers, distributors and schema migrations. Plugins are
 * found with {@link java.util.ServiceLoader} ({@code META-INF/services/org.jpulp.common.plugin.ContentPlugin}),
 * the same way by workers, rest-api and beat; see {@link PluginRegistry}.
 */
public interface ContentPlugin {

    /** A short id, e.g. {@code iso}. */
    String id();

    default List<UnitTypeDefinition> unitTypes() {
        return List.of();
    }

    default List<ImporterType> importers() {
        return List.of();
    }

    default List<DistributorType> distributors() {
        return List.of();
    }

    /** Migrations of this plugin's collections, tracked under the package's own tracker name. */
    default List<MigrationPackage> migrations() {
        return List.of();
    }
}
