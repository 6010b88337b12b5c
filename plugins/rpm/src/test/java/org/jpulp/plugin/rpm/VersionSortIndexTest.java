package org.jpulp.plugin.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionSortIndexTest {

    @Test
    void encodesAsPulp2DocumentsIt() {
        assertThat(VersionSortIndex.encode("3.9")).isEqualTo("01-3.01-9");
        assertThat(VersionSortIndex.encode("3.10")).isEqualTo("01-3.02-10");
        assertThat(VersionSortIndex.encode("5.256")).isEqualTo("01-5.03-256");
        assertThat(VersionSortIndex.encode("1.1a")).isEqualTo("01-1.01-1.$a");
        assertThat(VersionSortIndex.encode("1.a+")).isEqualTo("01-1.$a");
        assertThat(VersionSortIndex.encode("2xFg33.+f.5")).isEqualTo("01-2.$xFg.02-33.$f.01-5");
        assertThat(VersionSortIndex.encode("007")).isEqualTo("01-7");
    }

    @Test
    void encodedStringsSortInRpmOrder() {
        assertThat(VersionSortIndex.encode("3.9")).isLessThan(VersionSortIndex.encode("3.10"));
        assertThat(VersionSortIndex.encode("1.1a")).isLessThan(VersionSortIndex.encode("1.1.1"));
        assertThat(VersionSortIndex.encode("9")).isLessThan(VersionSortIndex.encode("10"));
    }
}
