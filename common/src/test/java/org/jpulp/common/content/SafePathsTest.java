package org.jpulp.common.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.iso", "dir/sub/file.img", "a b,c.iso", "ünï.iso", "..hidden", "a..b", ".x"})
    void accepts_relative_paths_that_stay_below_their_root(String name) {
        assertThat(SafePaths.relative(name, "name")).isEqualTo(name);
        assertThat(SafePaths.resolve(Path.of("/srv/root"), name, "name")).startsWithRaw(Path.of("/srv/root"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../x", "a/../../x", "a/..", "./a", "a//b", "a/", "a\\..\\b",
        "nul\u0000byte", "new\nline", "tab\tname", "del\u007f"})
    void rejects_paths_that_could_escape_or_are_not_names(String name) {
        assertThatThrownBy(() -> SafePaths.relative(name, "manifest entry"))
                .isInstanceOf(UnsafePathException.class)
                .hasMessageStartingWith("manifest entry '")
                .hasMessageContaining("is not a safe relative path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000byte", "new\nline"})
    void messages_show_control_characters_escaped(String name) {
        assertThatThrownBy(() -> SafePaths.relative(name, "name")).message().doesNotContain("\n").doesNotContain("\u0000");
    }
}
