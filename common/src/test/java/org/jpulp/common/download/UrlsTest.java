package org.jpulp.common.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void feed_base_ends_with_a_slash() {
        assertThat(Urls.feedBase("http://h/repo")).isEqualTo(URI.create("http://h/repo/"));
        assertThat(Urls.feedBase("https://h:8443/repo/")).isEqualTo(URI.create("https://h:8443/repo/"));
    }

    @Test
    void rejects_feeds_that_are_not_http_urls() {
        assertThatThrownBy(() -> Urls.feedBase("file:///etc/")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> Urls.feedBase("ftp://h/")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> Urls.feedBase("http://h/a b")).hasMessageContaining("not a valid URL");
        assertThatThrownBy(() -> Urls.feedBase("http://h/?q=1")).hasMessageContaining("query");
    }

    @Test
    void names_are_percent_encoded_per_segment() {
        URI base = URI.create("http://h/repo/");

        assertThat(Urls.resolve(base, "dir/a b#1?.iso")).hasToString("http://h/repo/dir/a%20b%231%3F.iso");
        assertThat(Urls.resolve(base, "ü.iso")).hasToString("http://h/repo/%C3%BC.iso");
        assertThat(Urls.resolve(base, "a,b;c=d.iso")).hasToString("http://h/repo/a,b;c=d.iso");
    }
}
