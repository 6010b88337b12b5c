package org.jpulp.plugin.rpm.repodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErratumParserTest {

    private static XmlElement element(String xml) throws Exception {
        XMLStreamReader r = SafeXml.reader(new StringReader(xml));
        r.nextTag();
        return XmlElement.read(r);
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsFieldsReferencesAndCollections() throws Exception {
        ErratumParser.Erratum e = ErratumParser.parse(element("""
                <update from="a@b" status="final" type="enhancement" version="3"><id> E-1 </id><title>T</title>
                <issued date="2026-01-01"/><reboot_suggested>True</reboot_suggested>
                <references><reference href="h" id="1" type="cve" title="x"/></references>
                <pkglist><collection short="s"><name>n</name><module name="m" stream="1" version="2" context="c"
                arch="x86_64"/><package name="bear" version="1" release="2" epoch="0" arch="noarch" src="b.src.rpm">
                <filename>bear-1-2.noarch.rpm</filename><sum type="sha">ab</sum></package></collection></pkglist>
                </update>"""));

        assertThat(e.id()).isEqualTo("E-1");
        assertThat(e.metadata()).containsEntry("type", "enhancement").containsEntry("version", "3")
                .containsEntry("issued", "2026-01-01").containsEntry("updated", "").containsEntry("from", "a@b")
                .containsEntry("reboot_suggested", true).containsEntry("restart_suggested", false);
        assertThat((List<?>) e.metadata().get("references")).hasSize(1);
        Map<String, Object> collection = e.pkglist().get(0);
        assertThat(collection).containsEntry("short", "s").containsEntry("name", "n")
                .containsEntry("module", Map.of("name", "m", "stream", "1", "version", "2", "context", "c",
                        "arch", "x86_64"));
        assertThat((List<?>) collection.get("packages")).singleElement().satisfies(p -> assertThat((Map<Object, Object>) p)
                .containsEntry("sum", List.of("sha1", "ab")).containsEntry("filename", "bear-1-2.noarch.rpm"));
    }

    @Test
    void unsafePackageFileNameIsRefused() {
        assertThatThrownBy(() -> ErratumParser.parse(element("<update><id>E</id><pkglist><collection><package "
                + "name=\"x\"><filename>../../x.rpm</filename></package></collection></pkglist></update>")))
                .isInstanceOf(RepodataException.class).hasMessageContaining("erratum E");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-01 00:00:00, 1, 2026-01-02, 1, true",
        "2026-01-02 10:00, 1, 2026-01-01 UTC, 1, false",
        "2026-01-01, 1, 2026-01-01 00:00:00, 2, true",
        "2026-01-01, 2, 2026-01-01, 1, false",
        "'', 1, '', 2, true",
        "2026-01-01, 1, '', 1.5, true",
        "2026-01-01, 1, not a date, 9, false"})
    void mergeRulesOfPulp2(String oldUpdated, String oldVersion, String newUpdated, String newVersion,
                           boolean replaces) {
        assertThat(ErratumParser.newer(Map.of("updated", oldUpdated, "version", oldVersion),
                Map.of("updated", newUpdated, "version", newVersion))).isEqualTo(replaces);
    }
}
