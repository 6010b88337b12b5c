package org.jpulp.plugin.iso.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.jpulp.plugin.iso.IsoUnits.Iso;
import org.junit.jupiter.api.Test;

class PulpManifestTest {

    private static final String A = "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c";
    private static final String B = "7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730";

    @Test
    void reads_pulp2s_example_with_either_line_ending_and_blank_lines() throws Exception {
        List<Iso> entries = PulpManifest.parse("\uFEFF1.iso," + A + ",1024\r\n\n2.iso," + B.toUpperCase() + ", 1024 \n");

        assertThat(entries).containsExactly(new Iso("1.iso", A, 1024), new Iso("2.iso", B, 1024));
    }

    @Test
    void reads_quoted_fields() throws Exception {
        assertThat(PulpManifest.parse("\"a,\"\"b\"\".iso\"," + A + ",1\n"))
                .containsExactly(new Iso("a,\"b\".iso", A, 1));
    }

    @Test
    void refuses_broken_rows_with_the_line_number() {
        assertThatThrownBy(() -> PulpManifest.parse("1.iso," + A + "\n")).hasMessage("line 1: expected 3 fields "
                + "(name,checksum,size), found 2");
        assertThatThrownBy(() -> PulpManifest.parse("\n\"1.iso," + A + ",1\n")).hasMessage("line 2: a quoted field "
                + "is not closed");
        assertThatThrownBy(() -> PulpManifest.parse("a\"b," + A + ",1\n")).hasMessage("line 1: a quote inside an "
                + "unquoted field");
        assertThatThrownBy(() -> PulpManifest.parse("\"a\"b," + A + ",1\n")).hasMessage("line 1: text after a "
                + "closing quote");
        assertThatThrownBy(() -> PulpManifest.parse("a," + A + ",99999999999999999999\n"))
                .hasMessageContaining("is not a non-negative integer");
    }

    @Test
    void writes_sorted_rows_with_crlf_and_minimal_quoting_that_read_back() throws Exception {
        List<Iso> entries = List.of(new Iso("b.iso", B, 2), new Iso("a,\"x\".iso", A, 1), new Iso("a.iso", A, 0));
        StringWriter out = new StringWriter();

        PulpManifest.write(entries, out);

        assertThat(out.toString()).isEqualTo("\"a,\"\"x\"\".iso\"," + A + ",1\r\na.iso," + A + ",0\r\nb.iso," + B
                + ",2\r\n");
        assertThat(PulpManifest.parse(out.toString())).containsExactlyInAnyOrderElementsOf(entries);
    }
}
