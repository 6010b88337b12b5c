package org.jpulp.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IniParserTest {

    @Test
    void reads_python_configparser_dialect() {
        List<RawSetting> settings = IniParser.parse("""
                # comment
                ; another comment
                [Database]
                Name: pulp_database
                seeds = a:1,
                   b:2
                [server]
                server_name:
                """, "f");

        assertThat(settings).containsExactly(
                new RawSetting("database", "name", "pulp_database", "f line 4"),
                new RawSetting("database", "seeds", "a:1,\nb:2", "f line 5"),
                new RawSetting("server", "server_name", "", "f line 8"));
    }

    @Test
    void reports_every_malformed_line_with_its_number() {
        assertThatThrownBy(() -> IniParser.parse("key: before section\n[broken\n[ok]\njust words\n", "f"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "f line 1: 'key: before section' stands before any [section] header",
                        "f line 2: malformed section header '[broken'",
                        "f line 4: expected 'key: value' but found 'just words'"));
    }
}
