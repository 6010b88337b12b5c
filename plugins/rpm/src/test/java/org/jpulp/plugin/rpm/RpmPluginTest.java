package org.jpulp.plugin.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.junit.jupiter.api.Test;

class RpmPluginTest {

    @Test
    void pluginIsFoundByTheServiceLoaderWithEveryYumUnitType() {
        PluginRegistry registry = PluginRegistry.discover();

        assertThat(registry.unitTypes()).extracting(UnitTypeDefinition::id).contains("rpm", "srpm", "erratum",
                "package_group", "package_category", "package_environment", "package_langpacks", "modulemd",
                "modulemd_defaults", "yum_repo_metadata_file");
    }

    @Test
    void yumImporterIsRegistered() {
        assertThat(new RpmPlugin().importers()).extracting(i -> i.id()).containsExactly("yum_importer");
    }

    @Test
    void packageUnitsAreKeyedByNevraAndChecksumAsInPulp2() {
        assertThat(RpmUnits.RPM_TYPE.unitKey())
                .isEqualTo(List.of("name", "epoch", "version", "release", "arch", "checksumtype", "checksum"));
        assertThat(RpmUnits.ERRATUM_TYPE.unitKey()).isEqualTo(List.of("id"));
        assertThat(RpmUnits.PACKAGE_GROUP_TYPE.unitKey()).isEqualTo(List.of("id", "repo_id"));
    }
}
