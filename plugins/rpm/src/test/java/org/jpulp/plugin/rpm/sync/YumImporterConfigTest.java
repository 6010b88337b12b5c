package org.jpulp.plugin.rpm.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.PluginConfig;
import org.junit.jupiter.api.Test;

class YumImporterConfigTest {

    private final YumImporter importer = new YumImporter();

    private ConfigCheck check(Map<String, Object> config) {
        return importer.validateConfig("zoo", new PluginConfig(config));
    }

    @Test
    void acceptsPulp2Keys() {
        assertThat(check(Map.of("feed", "http://example.com/zoo/", "remove_missing", "true", "retain_old_count", "2",
                "type_skip_list", List.of("srpm", "erratum"), "max_downloads", 8, "download_policy", "immediate",
                "validate", true, "allowed_keys", List.of("abcd1234"), "require_signature", false)).valid()).isTrue();
    }

    @Test
    void refusesWrongValuesNamingTheKey() {
        assertThat(check(Map.of("retain_old_count", -1)).message()).contains("<retain_old_count>");
        assertThat(check(Map.of("type_skip_list", List.of("iso"))).message()).contains("<type_skip_list>");
        assertThat(check(Map.of("type_skip_list", "rpm")).message()).contains("<type_skip_list>");
        assertThat(check(Map.of("remove_missing", "maybe")).message()).contains("<remove_missing>");
        assertThat(check(Map.of("allowed_keys", List.of("abc"))).message()).contains("<allowed_keys>");
        assertThat(check(Map.of("max_downloads", 0)).message()).contains("<max_downloads>");
    }

    @Test
    void deferredDownloadPoliciesAreAClearConfigError() {
        ConfigCheck onDemand = check(Map.of("download_policy", "on_demand"));

        assertThat(onDemand.valid()).isFalse();
        assertThat(onDemand.message()).contains("<download_policy>", "immediate", "on_demand");
    }
}
