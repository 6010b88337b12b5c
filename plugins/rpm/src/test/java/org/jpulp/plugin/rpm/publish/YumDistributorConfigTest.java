package org.jpulp.plugin.rpm.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ConfiguredDistributor;
import org.jpulp.common.plugin.DistributorConfigs;
import org.jpulp.common.plugin.PluginConfig;
import org.junit.jupiter.api.Test;

class YumDistributorConfigTest {

    private final YumDistributor distributor = new YumDistributor();

    private ConfigCheck check(Map<String, Object> config) {
        return distributor.validateConfig("zoo", new PluginConfig(config));
    }

    private static Map<String, Object> valid(Object... more) {
        Map<String, Object> config = new HashMap<>(Map.of("relative_url", "zoo", "http", false, "https", true));
        for (int i = 0; i < more.length; i += 2) {
            config.put((String) more[i], more[i + 1]);
        }
        return config;
    }

    @Test
    void a_complete_config_is_valid() {
        assertThat(check(valid("checksum_type", "sha", "generate_sqlite", true, "skip", List.of("erratum"),
                "remove_old_repodata", false, "remove_old_repodata_threshold", 0, "force_full", true,
                "updateinfo_checksum_type", "sha256", "gpgkey", "KEY", "protected", false)).valid()).isTrue();
    }

    @Test
    void required_keys_are_named_when_missing() {
        ConfigCheck check = check(Map.of());

        assertThat(check.valid()).isFalse();
        assertThat(check.message()).contains("Configuration key [relative_url] is required, but was not provided")
                .contains("Configuration key [http] is required, but was not provided")
                .contains("Configuration key [https] is required, but was not provided");
        assertThat(check.invalidKeys()).containsExactly("relative_url", "http", "https");
    }

    @Test
    void bad_values_get_pulp_2_messages() {
        assertThat(check(valid("http", "yes")).message())
                .isEqualTo("Configuration value for [http] should a boolean, but is a <type 'str'>");
        assertThat(check(valid("checksum_type", "crc32")).message())
                .isEqualTo("Configuration value for [checksum_type] is not supported: crc32");
        assertThat(check(valid("skip", "rpm")).message())
                .isEqualTo("Configuration value for [skip] should be a list, but is a <type 'str'>");
        assertThat(check(valid("relative_url", 5)).message())
                .isEqualTo("Configuration value for [relative_url] must be a string, but is a <type 'int'>");
        assertThat(check(valid("colour", "blue")).message()).isEqualTo("Configuration key [colour] is not supported");
        assertThat(check(valid("http", false, "https", false)).message()).isEqualTo("Settings serve via http and"
                + " https are both set to false. At least one option should be set to true.");
        assertThat(check(valid("generate_sqlite", "true")).invalidKeys()).containsExactly("generate_sqlite");
        assertThat(check(valid("remove_old_repodata_threshold", "soon")).invalidKeys())
                .containsExactly("remove_old_repodata_threshold");
        assertThat(check(valid("auth_ca", "not a certificate")).invalidKeys()).containsExactly("auth_ca");
    }

    @Test
    void unsafe_relative_urls_and_features_jpulp_does_not_have_are_refused() {
        assertThat(check(valid("relative_url", "../etc")).invalidKeys()).containsExactly("relative_url");
        assertThat(check(valid("relative_url", "/zoo/")).valid()).as("leading slash stripped").isTrue();
        assertThat(check(valid("http_publish_dir", "/tmp")).invalidKeys()).containsExactly("http_publish_dir");
        assertThat(check(valid("gpg_cmd", "/bin/true")).invalidKeys()).containsExactly("gpg_cmd");
        assertThat(check(valid("repoview", true)).message()).contains("[repoview] cannot be true");
    }

    @Test
    void a_relative_url_another_repository_uses_is_a_conflict() {
        DistributorConfigs others = type -> List.of(new ConfiguredDistributor("farm", "yum_distributor",
                new PluginConfig(Map.of("relative_url", "animals/zoo", "http", true, "https", true))));

        ConfigCheck check = distributor.validateConfig("zoo", new PluginConfig(valid("relative_url", "animals")),
                others);

        assertThat(check.message()).isEqualTo("Relative URL [animals] for repository [zoo] conflicts with existing"
                + " relative URL [animals/zoo] for repository [farm]");
        assertThat(distributor.validateConfig("zoo", new PluginConfig(valid("relative_url", "animals/zebra")), others)
                .valid()).isTrue();
    }

    @Test
    void the_empty_relative_url_means_the_repository_id() {
        assertThat(YumDistributorConfig.relativeUrl("zoo", new PluginConfig(valid("relative_url", "")))).isEqualTo("zoo");
    }
}
