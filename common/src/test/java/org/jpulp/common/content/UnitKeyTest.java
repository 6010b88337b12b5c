package org.jpulp.common.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitKeyTest {

    private static final String CHECKSUM = "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c";

    @Test
    void digest_is_pulp2s_sha256_over_sorted_field_names_and_python_str_values() {
        UnitKey key = UnitKey.of("iso", Map.of("name", "1.iso", "checksum", CHECKSUM, "size", 1024));

        // python: h.update(k); h.update(str(v)) for k, v in sorted(key.items())
        assertThat(key.digest()).isEqualTo("26ae1fc6f36a04aa1ab757e9f346fa3dce559918d6ef2af8d4d3d890a8530ad0");
        assertThat(UnitKey.of("t", Map.of("b", "x", "a", true)).digest())
                .isEqualTo("f81736be871cb71bdcb596b4e4e08ffe6be44210acd8a2d178b9ce129e5716ab");
    }

    @Test
    void integers_of_any_width_make_equal_keys() {
        assertThat(UnitKey.of("iso", Map.of("size", 1024))).isEqualTo(UnitKey.of("iso", Map.of("size", 1024L)));
    }

    @Test
    void rejects_values_a_key_cannot_hold() {
        assertThatThrownBy(() -> UnitKey.of("iso", Map.of("size", 1.5))).hasMessageContaining("'size'");
        assertThatThrownBy(() -> UnitKey.of("iso", Map.of())).hasMessageContaining("at least one field");
    }
}
