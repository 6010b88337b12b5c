package org.jpulp.plugin.rpm.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.testbed.Createrepo;
import org.jpulp.plugin.rpm.testbed.Gpg;
import org.jpulp.plugin.rpm.testbed.TestPackages;
import org.jpulp.testing.rpm.TestRpm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpmFileReaderTest {

    @TempDir
    static Path dir;
    static Path repo;
    static Createrepo.Entries createrepo;

    @BeforeAll
    static void buildRepository() throws Exception {
        repo = Createrepo.repoOf(dir.resolve("repo"), TestPackages.bear(), TestPackages.build(TestPackages.walrus()),
                TestPackages.build(TestPackages.walrus().withArch("src")),
                TestPackages.build(TestRpm.of("penguin", "0.9.1", "3.fc40")));
        createrepo = Createrepo.run(repo);
    }

    @Test
    void primaryFilelistsAndOtherEntriesAreTheOnesCreaterepoWrites() throws Exception {
        assertThat(createrepo.primary()).hasSize(4);
        for (String filename : createrepo.primary().keySet()) {
            RpmPackage p = RpmFileReader.read(repo.resolve(filename));
            PackageSnippets s = RepodataSnippets.of(p, RepodataSnippets.DEFAULT_CHANGELOG_LIMIT);

            assertThat(Createrepo.normalise(s.primaryFor(filename, "sha256", p.sha256()))).as(filename + " primary")
                    .isEqualTo(createrepo.primary().get(filename));
            assertThat(Createrepo.normalise(s.filelistsFor(p.sha256()))).as(filename + " filelists")
                    .isEqualTo(createrepo.filelists().get(filename));
            assertThat(Createrepo.normalise(s.otherFor(p.sha256()))).as(filename + " other")
                    .isEqualTo(createrepo.other().get(filename));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void unitFieldsOfABinaryPackage() throws Exception {
        Path file = repo.resolve("bear-4.1-1.noarch.rpm");
        RpmPackage p = RpmFileReader.read(file);

        assertThat(PackageUnitFields.typeId(p)).isEqualTo("rpm");
        assertThat(PackageUnitFields.key(p)).containsExactly(Map.entry("name", "bear"), Map.entry("epoch", "2"),
                Map.entry("version", "4.1"), Map.entry("release", "1"), Map.entry("arch", "noarch"),
                Map.entry("checksumtype", "sha256"), Map.entry("checksum", sha256(file)));
        Map<String, Object> m = PackageUnitFields.metadata(p, 10);
        assertThat(m).containsEntry("filename", "bear-4.1-1.noarch.rpm")
                .containsEntry("relativepath", "bear-4.1-1.noarch.rpm").containsEntry("size", Files.size(file))
                .containsEntry("vendor", "Zoo Inc.").containsEntry("license", "GPLv2")
                .containsEntry("group", "Internet/Applications").containsEntry("sourcerpm", "bear-4.1-1.src.rpm")
                .containsEntry("summary", "A dummy package of bear & <friends>")
                .containsEntry("url", "http://tstrachota.fedorapeople.org")
                .containsEntry("signing_key", null).containsEntry("is_modular", false)
                .containsEntry("version_sort_index", "01-4.01-1").containsEntry("release_sort_index", "01-1");
        assertThat((String) m.get("description")).startsWith("A dummy package of bear: ünïcødé");
        assertThat(m.get("files")).isEqualTo(Map.of(
                "file", List.of("/etc/bear.conf", "/etc/bear.ghost", "/usr/bin/bear", "/usr/share/bear/bear.txt",
                        "/usr/share/bear/ghost.txt", "/usr/share/bear/link.txt"),
                "dir", List.of("/usr/sbin/bear.d", "/usr/share/bear")));
        assertThat(m.get("checksums")).isEqualTo(Map.of("sha256", sha256(file), "sha1", digest("SHA-1", file),
                "md5", digest("MD5", file)));
        assertThat((List<Object>) m.get("provides")).contains(dependency("ursus", "EQ", "0", "4.1", null));
        assertThat((List<Object>) m.get("recommends")).containsExactly(dependency("honey", null, null, null, null));
        assertThat((List<?>) m.get("changelog")).hasSize(3).first().isEqualTo(List.of(1672574400L,
                "Someone <s@example.com> - 4.0-1", "- first"));
        assertThat(m.get("header_range")).isEqualTo(Map.of("start", p.headerStart(), "end", p.headerEnd()));
        assertThat(createrepo.primary().get("bear-4.1-1.noarch.rpm"))
                .contains("<rpm:header-range end=\"" + p.headerEnd() + "\" start=\"" + p.headerStart() + "\">");
        assertThat(PackageSnippets.fromStored(m.get("repodata")).primary()).contains("<name>bear</name>");
    }

    @Test
    void aSourcePackageIsAnSrpmUnitWithArchSrc() throws Exception {
        RpmPackage p = RpmFileReader.read(repo.resolve("walrus-5.21-1.src.rpm"));

        assertThat(PackageUnitFields.typeId(p)).isEqualTo("srpm");
        assertThat(p.arch()).isEqualTo("src");
        assertThat(p.filename()).isEqualTo("walrus-5.21-1.src.rpm");
        assertThat(p.sourcerpm()).isNull();
        assertThat(PackageUnitFields.metadata(p, 10)).doesNotContainKey("is_modular");
    }

    @Test
    void theSigningKeyIsTheShortIdOfTheKeyThatSignedTheHeader() throws Exception {
        var gpg = Gpg.create(dir);
        Assumptions.assumeTrue(gpg.isPresent(), "gpg and rpmsign are needed to sign a test package; not on PATH");
        Path signed = gpg.get().sign(TestPackages.build(TestRpm.of("signed", "1.0", "1")), dir.resolve("signed"));

        RpmPackage p = RpmFileReader.read(signed);

        assertThat(p.signingKey()).isEqualTo(gpg.get().keyId().substring(8)).matches("[0-9a-f]{8}");
    }

    @Test
    void headerTextThatIsNotUtf8IsAccepted() throws Exception {
        byte[] bytes = Files.readAllBytes(TestPackages.build(TestRpm.of("latin", "1.0", "1")
                .withSummary("Caf_ summary")));
        int at = indexOf(bytes, "Caf_ summary".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        bytes[at + 3] = (byte) 0xE9;
        Path latin1 = Files.write(dir.resolve("latin-1.0-1.noarch.rpm"), bytes);

        RpmPackage p = RpmFileReader.read(latin1);
        PackageSnippets s = RepodataSnippets.of(p, 10);

        assertThat(p.summary()).startsWith("Caf").endsWith(" summary").hasSize("Caf_ summary".length());
        assertThat(Createrepo.normalise(s.primaryFor("x.rpm", "sha256", p.sha256()))).contains("<summary>Caf");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("marker not found in the package");
    }

    @Test
    void aFileThatIsNotAnRpmIsRefusedWithTheReason() throws Exception {
        Path text = Files.writeString(dir.resolve("not.rpm"), "just some text, not a package\n".repeat(20));
        Path truncated = dir.resolve("truncated.rpm");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(TestPackages.bear()), 200));

        assertThatThrownBy(() -> RpmFileReader.read(text)).isInstanceOf(RpmFileException.class)
                .hasMessageContainingAll("magic");
        assertThatThrownBy(() -> RpmFileReader.read(truncated)).isInstanceOf(RpmFileException.class)
                .message().isNotBlank();
    }

    @Test
    void headerSizesAreCheckedBeforeAnythingIsAllocatedForThem() throws Exception {
        byte[] bear = Files.readAllBytes(TestPackages.bear());
        byte[] hugeIndex = bear.clone();
        java.nio.ByteBuffer.wrap(hugeIndex).putInt(96 + 8, 0x7ffffff0);
        byte[] hugeStore = bear.clone();
        java.nio.ByteBuffer.wrap(hugeStore).putInt(96 + 12, 0x7ffffff0);
        byte[] pastTheEnd = bear.clone();
        java.nio.ByteBuffer.wrap(pastTheEnd).putInt(96 + 12, bear.length);

        assertThatThrownBy(() -> RpmFileReader.read(Files.write(dir.resolve("index.rpm"), hugeIndex)))
                .isInstanceOf(RpmFileException.class).hasMessageContaining("2147483632 entries");
        assertThatThrownBy(() -> RpmFileReader.read(Files.write(dir.resolve("store.rpm"), hugeStore)))
                .isInstanceOf(RpmFileException.class).hasMessageContaining("more than a package header holds");
        assertThatThrownBy(() -> RpmFileReader.read(Files.write(dir.resolve("end.rpm"), pastTheEnd)))
                .isInstanceOf(RpmFileException.class).hasMessageContaining("more data than the file has");
    }

    private static Map<String, Object> dependency(String name, String flags, String epoch, String version,
                                                  String release) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("flags", flags);
        m.put("epoch", epoch);
        m.put("version", version);
        m.put("release", release);
        return m;
    }

    private static String sha256(Path file) throws Exception {
        return digest("SHA-256", file);
    }

    private static String digest(String algorithm, Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(algorithm)
                .digest(Files.readAllBytes(file)));
    }
}
