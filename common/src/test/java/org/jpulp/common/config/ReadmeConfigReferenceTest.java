package org.jpulp.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's configuration reference in step with the settings the code reads. */
class ReadmeConfigReferenceTest {

    @Test
    void every_setting_is_documented_in_the_readme() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("jpulp.root", "..")).resolve("README.md"));

        for (Setting<?> s : Settings.ALL) {
            assertThat(readme).as("README documents %s", s.name())
                    .containsPattern("\\[" + s.section() + "\\] [^|]*\\b" + s.key() + "\\b");
        }
    }
}
