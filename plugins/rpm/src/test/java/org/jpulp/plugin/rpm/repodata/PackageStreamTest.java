package org.jpulp.plugin.rpm.repodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.testing.rpm.TestRpm;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.jpulp.testing.rpm.YumRepoFixture.YumRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackageStreamTest {

    static final TestRpm BEAR = TestRpm.of("bear", "4.1", "1").withEpoch("3").withRequires("coreutils >= 8")
            .withProvides("animal(bear) = 4").withFile("/usr/share/bear/den/map.txt", "map")
            .withChangelog(LocalDate.of(2026, 11, 18), "Zoë Keeper <zoe@example.com> - 4.1-1", "Grüße & <tags>");
    static final TestRpm CAT_SRC = TestRpm.of("cat", "1.0", "1").withArch("src");
    static final TestRpm CAT = TestRpm.of("cat", "1.0", "1");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"gz", "xz", "bz2"})
    @SuppressWarnings("unchecked")
    void readsEveryFieldAndKeepsTheElementsAsCreaterepoWroteThem(String compression) throws IOException {
        YumRepo repo = YumRepoFixture.with(BEAR, CAT, CAT_SRC).compression(compression).build(dir.resolve("r"));
        Repomd repomd = repomd(repo);

        List<ParsedPackage> packages = readAll(repo, repomd);

        assertThat(packages).extracting(ParsedPackage::nevra).containsExactlyInAnyOrder(
                "bear-3:4.1-1.noarch", "cat-0:1.0-1.noarch", "cat-0:1.0-1.src");
        ParsedPackage bear = packages.stream().filter(p -> p.name().equals("bear")).findFirst().orElseThrow();
        assertThat(bear.typeId()).isEqualTo("rpm");
        assertThat(bear.location()).isEqualTo("Packages/bear-4.1-1.noarch.rpm");
        assertThat(bear.size()).isEqualTo(Files.size(repo.dir().resolve(bear.location())));
        assertThat(bear.checksumType()).isEqualTo("sha256");
        assertThat(bear.checksum()).isEqualTo(Checksums.of(repo.dir().resolve(bear.location()), "sha256"));
        Map<String, Object> m = bear.metadata();
        assertThat(m).containsEntry("filename", "bear-4.1-1.noarch.rpm").containsEntry("license", "MIT")
                .containsEntry("summary", "bear test package").containsEntry("url", "https://example.com/bear")
                .containsEntry("sourcerpm", "bear-4.1-1.src.rpm").containsEntry("version_sort_index", "01-4.01-1")
                .containsEntry("release_sort_index", "01-1").containsEntry("is_modular", false)
                .containsEntry("checksums", Map.of("sha256", bear.checksum()))
                .containsKeys("time", "build_time", "buildhost", "header_range", "description", "group");
        assertThat((List<Object>) m.get("requires")).contains(dependency("coreutils", "GE", "0", "8", null));
        assertThat((List<Object>) m.get("provides")).contains(dependency("animal(bear)", "EQ", "0", "4", null));
        assertThat(m.get("files")).isEqualTo(Map.of("file",
                List.of("/usr/share/bear/README", "/usr/share/bear/den/map.txt"), "dir", List.of()));
        @SuppressWarnings("unchecked")
        List<List<Object>> changelog = (List<List<Object>>) m.get("changelog");
        assertThat(changelog).hasSize(1);
        assertThat(changelog.get(0).get(1)).isEqualTo("Zoë Keeper <zoe@example.com> - 4.1-1");
        assertThat(changelog.get(0).get(2)).isEqualTo("- Grüße & <tags>");

        PackageSnippets snippets = PackageSnippets.fromStored(m.get("repodata"));
        String primary = decompressed(repo, repomd, "primary");
        String filled = snippets.primaryFor(bear.location(), "sha256", bear.checksum());
        assertThat(primary).contains(filled);
        assertThat(decompressed(repo, repomd, "filelists")).contains(snippets.filelistsFor(bear.checksum()));
        assertThat(decompressed(repo, repomd, "other")).contains(snippets.otherFor(bear.checksum()));
        assertThat(snippets.primary()).contains("<rpm:entry name=\"coreutils\" flags=\"GE\"")
                .doesNotContain(bear.checksum());
    }

    @Test
    void correlatesByPkgidWhenFilelistsAndOtherAreInAnotherOrder() throws IOException {
        YumRepo repo = YumRepoFixture.with(BEAR, CAT, CAT_SRC).build(dir.resolve("r"));
        Repomd repomd = repomd(repo);
        String filelists = reversePackages(decompressed(repo, repomd, "filelists"));
        String other = reversePackages(decompressed(repo, repomd, "other"));

        List<ParsedPackage> packages = new ArrayList<>();
        try (PackageStream stream = new PackageStream(open(repo, repomd, "primary"), bytes(filelists), bytes(other),
                dir.resolve("spool"))) {
            for (ParsedPackage p = stream.next(); p != null; p = stream.next()) {
                packages.add(p);
            }
        }

        assertThat(packages).hasSize(3).allSatisfy(p -> assertThat(
                PackageSnippets.fromStored(p.metadata().get("repodata")).filelists()).contains(
                "name=\"" + p.name() + "\"", "arch=\"" + p.key().get("arch") + "\""));
        ParsedPackage bear = packages.stream().filter(p -> p.name().equals("bear")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) bear.metadata().get("files")).get("file")).asList().hasSize(2);
        assertThat(Files.list(dir.resolve("spool"))).isEmpty();
    }

    @Test
    void missingFilelistsEntryAndExtraEntriesAreClearErrors() throws IOException {
        YumRepo repo = YumRepoFixture.with(BEAR, CAT).build(dir.resolve("r"));
        Repomd repomd = repomd(repo);
        String filelists = decompressed(repo, repomd, "filelists");
        String withoutBear = filelists.replaceAll("(?s)<package pkgid=\"[0-9a-f]+\" name=\"bear\".*?</package>", "");

        assertThatThrownBy(() -> readAll(open(repo, repomd, "primary"), bytes(withoutBear),
                open(repo, repomd, "other")))
                .isInstanceOf(RepodataException.class).hasMessageContaining("filelists.xml has no entry for package");
        String primaryWithoutCat = decompressed(repo, repomd, "primary")
                .replaceAll("(?s)<package type=\"rpm\">\\s*<name>cat</name>.*?</package>", "");
        assertThatThrownBy(() -> readAll(bytes(primaryWithoutCat), open(repo, repomd, "filelists"),
                open(repo, repomd, "other")))
                .isInstanceOf(RepodataException.class).hasMessageContaining("lists packages that primary.xml does not");
        assertThatThrownBy(() -> readAll(bytes(primaryWithoutCat.substring(0, 600)), open(repo, repomd, "filelists"),
                open(repo, repomd, "other")))
                .isInstanceOf(RepodataException.class).hasMessageContaining("primary.xml is not well-formed XML");
    }

    private List<ParsedPackage> readAll(YumRepo repo, Repomd repomd) throws IOException {
        return readAll(open(repo, repomd, "primary"), open(repo, repomd, "filelists"), open(repo, repomd, "other"));
    }

    private List<ParsedPackage> readAll(InputStream p, InputStream f, InputStream o) {
        List<ParsedPackage> out = new ArrayList<>();
        try (PackageStream stream = new PackageStream(p, f, o, dir.resolve("spool"))) {
            for (ParsedPackage x = stream.next(); x != null; x = stream.next()) {
                out.add(x);
            }
        }
        return out;
    }

    static Map<String, Object> dependency(String name, String flags, String epoch, String version, String release) {
        Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("name", name);
        d.put("flags", flags);
        d.put("epoch", epoch);
        d.put("version", version);
        d.put("release", release);
        return d;
    }

    static Repomd repomd(YumRepo repo) throws IOException {
        try (InputStream in = Files.newInputStream(repo.repomd())) {
            return Repomd.read(in);
        }
    }

    static InputStream open(YumRepo repo, Repomd repomd, String type) throws IOException {
        Repomd.Entry e = repomd.entry(type).orElseThrow();
        Path file = repo.dir().resolve(e.location());
        return Decompression.open(Files.newInputStream(file), Files.size(file), e.openSize(), null, type);
    }

    static String decompressed(YumRepo repo, Repomd repomd, String type) throws IOException {
        try (InputStream in = open(repo, repomd, type)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String reversePackages(String xml) {
        Matcher m = Pattern.compile("(?s)<package .*?</package>").matcher(xml);
        List<String> packages = new ArrayList<>();
        int start = -1;
        int end = 0;
        while (m.find()) {
            start = start < 0 ? m.start() : start;
            packages.add(m.group());
            end = m.end();
        }
        List<String> reversed = new ArrayList<>(packages);
        java.util.Collections.reverse(reversed);
        return xml.substring(0, start) + String.join("\n", reversed) + xml.substring(end);
    }
}
