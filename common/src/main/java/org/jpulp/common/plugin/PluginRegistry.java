package org.jpulp.common.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jpulp.common.schema.MigrationPackage;

/** Every installed {@link ContentPlugin}, with lookups by type id; ids must be unique across plugins. */
public final class PluginRegistry {

    private final List<ContentPlugin> plugins;
    private final Map<String, UnitTypeDefinition> unitTypes;
    private final Map<String, ImporterType> importers;
    private final Map<String, DistributorType> distributors;

    public PluginRegistry(List<ContentPlugin> plugins) {
        this.plugins = List.copyOf(plugins);
        this.unitTypes = index(plugins, ContentPlugin::unitTypes, UnitTypeDefinition::id, "unit type");
        this.importers = index(plugins, ContentPlugin::importers, ImporterType::id, "importer");
        this.distributors = index(plugins, ContentPlugin::distributors, DistributorType::id, "distributor");
    }

    /** The plugins on the class path. */
    public static PluginRegistry discover() {
        List<ContentPlugin> found = new ArrayList<>();
        ServiceLoader.load(ContentPlugin.class).forEach(found::add);
        return new PluginRegistry(found);
    }

    public List<ContentPlugin> plugins() {
        return plugins;
    }

    /** Every plugin's migration packages, for the schema bootstrap. */
    public List<MigrationPackage> migrations() {
        return plugins.stream().flatMap(p -> p.migrations().stream()).toList();
    }

    public List<UnitTypeDefinition> unitTypes() {
        return List.copyOf(unitTypes.values());
    }

    public List<ImporterType> importers() {
        return List.copyOf(importers.values());
    }

    public List<DistributorType> distributors() {
        return List.copyOf(distributors.values());
    }

    public Optional<UnitTypeDefinition> unitType(String id) {
        return Optional.ofNullable(unitTypes.get(id));
    }

    public Optional<ImporterType> importer(String id) {
        return Optional.ofNullable(importers.get(id));
    }

    public Optional<DistributorType> distributor(String id) {
        return Optional.ofNullable(distributors.get(id));
    }

    private static <T> Map<String, T> index(List<ContentPlugin> plugins, Function<ContentPlugin, List<T>> items,
                                            Function<T, String> id, String what) {
        return plugins.stream().flatMap(p -> items.apply(p).stream())
                .collect(Collectors.toMap(id, t -> t, (a, b) -> {
                    throw new IllegalStateException("two plugins define " + what + " '" + id.apply(a) + "'");
                }, java.util.TreeMap::new));
    }
}
