package org.jpulp.restapi.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static ByteRange.Request parse(String header) {
        return ByteRange.parse(header, 100);
    }

    @Test
    void parses_closed_open_and_suffix_ranges() {
        assertThat(parse("bytes=0-9")).isEqualTo(new ByteRange.Part(new ByteRange(0, 9)));
        assertThat(parse("bytes=90-")).isEqualTo(new ByteRange.Part(new ByteRange(90, 99)));
        assertThat(parse("bytes=-10")).isEqualTo(new ByteRange.Part(new ByteRange(90, 99)));
        assertThat(parse("bytes=-500")).isEqualTo(new ByteRange.Part(new ByteRange(0, 99)));
        assertThat(parse("bytes=50-500")).isEqualTo(new ByteRange.Part(new ByteRange(50, 99)));
        assertThat(parse("Bytes= 3-4 ")).isEqualTo(new ByteRange.Part(new ByteRange(3, 4)));
    }

    @Test
    void ranges_past_the_end_are_unsatisfiable() {
        assertThat(parse("bytes=100-")).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(parse("bytes=-0")).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.parse("bytes=0-", 0)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }

    @Test
    void anything_else_is_the_whole_file() {
        for (String h : new String[] {null, "", "bytes=", "bytes=-", "bytes=a-b", "bytes=5-1", "bytes=0-1,3-4",
                "items=0-1", "bytes=1-2-3", "bytes=+1-2", "bytes=99999999999999999999-"}) {
            assertThat(parse(h)).as(String.valueOf(h)).isInstanceOf(ByteRange.Whole.class);
        }
    }
}
