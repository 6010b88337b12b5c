package org.jpulp.restapi.support;

import java.util.List;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ContentPlugin;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginRegistry;

/**
 * A small plugin for REST tests: importer {@code fake_importer} refuses a {@code feed} that is not http(s) (naming
 * {@code feed}) and any config with {@code broken} (naming nothing); distributor {@code fake_distributor} refuses a
 * {@code relative_url} containing {@code ..}.
 */
public final class FakePlugins {

    public static final String IMPORTER = "fake_importer";
    public static final String DISTRIBUTOR = "fake_distributor";

    private FakePlugins() {
    }

    public static PluginRegistry registry() {
        return new PluginRegistry(List.of(new ContentPlugin() {
            @Override
            public String id() {
                return "fake";
            }

            @Override
            public List<ImporterType> importers() {
                return List.of(new Importer());
            }

            @Override
            public List<DistributorType> distributors() {
                return List.of(new Distributor());
            }
        }));
    }

    private static final class Importer implements ImporterType {
        @Override
        public String id() {
            return IMPORTER;
        }

        @Override
        public String displayName() {
            return "Fake importer";
        }

        @Override
        public List<String> supportedTypes() {
            return List.of("fake_unit");
        }

        @Override
        public ConfigCheck validateConfig(String repoId, PluginConfig config) {
            if (config.has("feed") && !String.valueOf(config.get("feed")).matches("https?://.*")) {
                return ConfigCheck.invalid("feed must be an http or https URL", List.of("feed"));
            }
            if (config.has("broken")) {
                return ConfigCheck.invalid("this config is broken", List.of());
            }
            return ConfigCheck.ok();
        }
    }

    private static final class Distributor implements DistributorType {
        @Override
        public String id() {
            return DISTRIBUTOR;
        }

        @Override
        public String displayName() {
            return "Fake distributor";
        }

        @Override
        public List<String> supportedTypes() {
            return List.of("fake_unit");
        }

        @Override
        public ConfigCheck validateConfig(String repoId, PluginConfig config) {
            if (String.valueOf(config.get("relative_url")).contains("..")) {
                return ConfigCheck.invalid("relative_url may not climb", List.of("relative_url"));
            }
            return ConfigCheck.ok();
        }
    }
}
