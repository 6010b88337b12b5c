package org.jpulp.restapi.repository;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.error.CodedValidationException;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginRegistry;

/**
 * Importer and distributor types and their config checks, through the {@link PluginRegistry}: an unknown importer
 * type is 400 PLP1008, an unknown distributor type 400 naming {@code distributor_type_id}, and a config the
 * plugin refuses 400 with the plugin's message and the keys it named ({@code property_names}).
 */
final class PluginConfigs {

    private final PluginRegistry plugins;

    @Inject
    PluginConfigs(PluginRegistry plugins) {
        this.plugins = plugins;
    }

    ImporterType importerType(String typeId) {
        return plugins.importer(typeId).orElseThrow(() -> new CodedValidationException("PLP1008",
                "Importer type [" + typeId + "] does not exist", Map.of("importer_type_id", typeId)));
    }

    DistributorType distributorType(String typeId) {
        return plugins.distributor(typeId).orElseThrow(() -> new InvalidValue(List.of("distributor_type_id"),
                "Invalid properties: ['distributor_type_id'] (no distributor type " + typeId + ")"));
    }

    /** Checks the importer config that results from stored, delta and override layers (null removes a key). */
    void checkImporter(String typeId, String repoId, Map<String, Object> stored, Map<String, Object> delta,
                       Map<String, Object> override, String property) {
        ImporterType type = importerType(typeId);
        enforce(type.validateConfig(repoId, PluginConfig.layered(stored, delta, override)), property);
    }

    void checkDistributor(String typeId, String repoId, Map<String, Object> stored, Map<String, Object> delta,
                          Map<String, Object> override, String property) {
        DistributorType type = distributorType(typeId);
        enforce(type.validateConfig(repoId, PluginConfig.layered(stored, delta, override)), property);
    }

    private static void enforce(ConfigCheck check, String property) {
        if (check.valid()) {
            return;
        }
        List<String> keys = check.invalidKeys().isEmpty() ? List.of(property) : check.invalidKeys();
        String message = check.message() == null ? "Invalid properties: " + keys : check.message();
        throw new InvalidValue(keys, message);
    }

    /** A config without its null values (Pulp 2 drops them before validating and storing a new config). */
    static Map<String, Object> withoutNulls(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (config != null) {
            config.forEach((k, v) -> {
                if (v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }
}
