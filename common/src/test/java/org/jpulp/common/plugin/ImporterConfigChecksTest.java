package org.jpulp.common.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.download.DownloadOptions;
import org.junit.jupiter.api.Test;

class ImporterConfigChecksTest {

    private static ConfigCheck check(Map<String, Object> values) {
        ConfigProblems problems = new ConfigProblems();
        ImporterConfigChecks.checkGeneric(new PluginConfig(values), problems);
        return problems.toCheck();
    }

    @Test
    void an_empty_config_and_pulp2s_string_forms_are_valid() {
        assertThat(check(Map.of()).valid()).isTrue();
        Map<String, Object> all = new HashMap<>(Map.of("feed", "http://h/", "ssl_validation", "False",
                "max_downloads", "7", "max_speed", "1024.5", "proxy_host", "http://proxy", "proxy_port", 3128,
                "proxy_username", "u", "proxy_password", "p", "basic_auth_username", "a", "basic_auth_password", "b"));
        all.put("connect_timeout", 2);
        all.put("read_timeout", "30");
        assertThat(check(all).valid()).isTrue();
    }

    @Test
    void reports_each_bad_value_with_pulp2s_message_and_the_key() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("ssl_validation", "maybe");
        bad.put("max_downloads", 0);
        bad.put("max_speed", "fast");
        bad.put("feed", 5);
        ConfigCheck c = check(bad);

        assertThat(c.valid()).isFalse();
        assertThat(c.invalidKeys()).containsExactlyInAnyOrder("ssl_validation", "max_downloads", "max_speed", "feed");
        assertThat(c.message().split("\n")).containsExactlyInAnyOrder(
                "The configuration parameter <feed> should be a string, but it was <type 'int'>.",
                "The configuration parameter <ssl_validation> may only be set to a boolean value, but is currently "
                        + "set to <maybe>.",
                "The configuration parameter <max_downloads> must be set to a positive integer, but is currently set "
                        + "to <0>.",
                "The configuration parameter <max_speed> must be set to a positive numerical value, but is currently "
                        + "set to <fast>.");
    }

    @Test
    void max_downloads_may_not_be_a_float() {
        assertThat(check(Map.of("max_downloads", 2.5)).invalidKeys()).containsExactly("max_downloads");
        assertThat(check(Map.of("max_downloads", "2.0")).invalidKeys()).containsExactly("max_downloads");
    }

    @Test
    void credentials_come_in_pairs_and_proxy_settings_need_a_host() {
        assertThat(check(Map.of("basic_auth_username", "a")).message())
                .isEqualTo("The configuration parameter <basic_auth_password> is required when <basic_auth_username> "
                        + "is specified.");
        ConfigCheck proxy = check(Map.of("proxy_port", 8080, "proxy_password", "p"));
        assertThat(proxy.invalidKeys()).containsExactlyInAnyOrder("proxy_username", "proxy_host");
        assertThat(proxy.message()).contains("The configuration parameter <proxy_host> is required when any of the "
                + "following other parameters are defined: proxy_password, proxy_port.");
        assertThat(check(Map.of("ssl_client_key", "k")).message()).isEqualTo("The configuration parameter "
                + "<ssl_client_key> requires the <ssl_client_cert> parameter to also be set.");
    }

    @Test
    void download_options_come_from_the_same_keys() {
        DownloadOptions o = DownloadOptions.fromImporterConfig(new PluginConfig(Map.of("max_downloads", "7",
                "max_speed", 1000, "ssl_validation", "false", "proxy_host", "proxy", "proxy_port", "3128",
                "basic_auth_username", "a", "basic_auth_password", "b", "read_timeout", 1.5)));

        assertThat(o.maxDownloads()).isEqualTo(7);
        assertThat(o.maxSpeed()).isEqualTo(1000.0);
        assertThat(o.sslValidation()).isFalse();
        assertThat(o.proxyPort()).isEqualTo(3128);
        assertThat(o.basicAuthUsername()).isEqualTo("a");
        assertThat(o.readTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(o.toString()).doesNotContain("b]").contains("basic_auth_username=a");
        assertThat(DownloadOptions.defaults().maxDownloads()).isEqualTo(5);
        assertThat(List.of(DownloadOptions.defaults().connectTimeout(), DownloadOptions.defaults().readTimeout()))
                .containsExactly(Duration.ofMillis(6050), Duration.ofSeconds(27));
    }
}
