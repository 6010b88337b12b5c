package org.jpulp.plugin.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

class PackageSnippetsTest {

    private final PackageSnippets snippets = new PackageSnippets(
            "<package type=\"rpm\"><checksum type=\"{{checksumtype}}\" pkgid=\"YES\">{{checksum}}</checksum>"
                    + "<location href=\"{{location}}\"/></package>",
            "<package pkgid=\"{{pkgid}}\" name=\"bär\"/>", "<package pkgid=\"{{pkgid}}\"/>");

    @Test
    void storedFormSurvivesAsBytesAndAsMongoBinary() {
        Map<String, Object> stored = snippets.toStored();
        Map<String, Object> asReadFromMongo = Map.of(
                "primary", new Binary((byte[]) stored.get("primary")),
                "filelists", new Binary((byte[]) stored.get("filelists")),
                "other", new Binary((byte[]) stored.get("other")));

        assertThat(PackageSnippets.fromStored(stored)).isEqualTo(snippets);
        assertThat(PackageSnippets.fromStored(asReadFromMongo)).isEqualTo(snippets);
    }

    @Test
    void placeholdersAreFilledForThePublishingRepository() {
        assertThat(snippets.primaryFor("Packages/b/bear.rpm", "sha256", "abc"))
                .contains("<checksum type=\"sha256\" pkgid=\"YES\">abc</checksum>")
                .contains("<location href=\"Packages/b/bear.rpm\"/>");
        assertThat(snippets.filelistsFor("abc")).isEqualTo("<package pkgid=\"abc\" name=\"bär\"/>");
    }

    @Test
    void corruptStoredSnippetIsAClearError() {
        assertThatThrownBy(() -> PackageSnippets.fromStored(Map.of("primary", new byte[] {1, 2, 3},
                "filelists", "", "other", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repodata snippet");
    }
}
