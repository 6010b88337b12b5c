package org.jpulp.plugin.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RpmVersionsTest {

    @ParameterizedTest
    @CsvSource({"1.0,1.0,0", "1.0,2.0,-1", "2.0,1.0,1", "2.0.1,2.0,1", "1.10,1.9,1", "1a,1b,-1", "1.0a,1.0,1",
            "1.0~rc1,1.0,-1", "1.0~rc1,1.0~rc2,-1", "1.0^git1,1.0,1", "1.0^git1,1.0.1,-1", "001,1,0", "1_0,1.0,0",
            "5.5p1,5.5p10,-1", "a,1,-1"})
    void comparesLikeRpmvercmp(String a, String b, int expected) {
        assertThat(Integer.signum(RpmVersions.compare(a, b))).isEqualTo(expected);
        assertThat(Integer.signum(RpmVersions.compare(b, a))).isEqualTo(-expected);
    }

    @ParameterizedTest
    @CsvSource({"3.9,01-3.01-9", "3.10,01-3.02-10", "1.1a,01-1.01-1.$a", "12a3bc,02-12.$a.01-3.$bc", "007,01-7"})
    void sortIndexEncodesLikePulp2(String version, String index) {
        assertThat(VersionSortIndex.encode(version)).isEqualTo(index);
    }

    @ParameterizedTest
    @CsvSource({"1,1.0,1,0,9.0,1,1", "0,1.0,2,0,1.0,1,1", ",1.0,1,0,1.0,1,0"})
    void epochComesFirst(String e1, String v1, String r1, String e2, String v2, String r2, int expected) {
        assertThat(Integer.signum(RpmVersions.compareEvr(e1, v1, r1, e2, v2, r2))).isEqualTo(expected);
    }
}
