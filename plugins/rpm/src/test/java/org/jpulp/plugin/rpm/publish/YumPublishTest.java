package org.jpulp.plugin.rpm.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.testbed.CreaterepoUnits;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.rpm.Dnf;
import org.jpulp.testing.rpm.TestRpm;
import org.jpulp.testing.rpm.YumRepoFixture.YumRepo;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing with {@code yum_distributor}, checked with real dnf, rpm and createrepo_c output. */
class YumPublishTest {

    static final String REPO = "zoo";

    @TempDir
    static Path fixtures;
    static YumRepo upstream;

    @TempDir
    Path tmp;
    RpmTestBed bed;
    final YumDistributor distributor = new YumDistributor();

    @BeforeAll
    static void buildUpstream() {
        upstream = YumRepoFixture.with(
                TestRpm.of("bear", "4.1", "1"),
                TestRpm.of("bear", "4.2", "1").withChangelog(LocalDate.of(2026, 11, 1),
                        "Zoë Keeper <zoe@example.com> - 4.2-1", "Première version ✓ of the bear"),
                TestRpm.of("cat", "1.0", "3").withEpoch("2").withRequires("bear >= 4.1"),
                TestRpm.of("Zebra", "0.9", "1").withProvides("animal(zebra) = 1"),
                TestRpm.of("bear", "4.2", "1").withArch("src"))
                .build(fixtures.resolve("upstream"));
    }

    @BeforeEach
    void bed() {
        bed = new RpmTestBed(tmp);
    }

    static Map<String, Object> config(Object... more) {
        Map<String, Object> config = new HashMap<>(Map.of("relative_url", REPO, "http", true, "https", true));
        for (int i = 0; i < more.length; i += 2) {
            config.put((String) more[i], more[i + 1]);
        }
        return config;
    }

    PublishReport publish(Map<String, Object> config) throws Exception {
        return distributor.publish(bed.publish(bed.newTask(), REPO, "yum_distributor", config));
    }

    Dnf dnf(Path tree) {
        return new Dnf(tmp.resolve("dnf-" + System.nanoTime()), tree.toUri().toString());
    }

    @Test
    void dnf_reads_the_published_packages_with_the_checksums_createrepo_c_computed() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());

        PublishReport report = publish(config());

        assertThat(report.result()).isEqualTo(PublishReport.SUCCESS);
        Path http = bed.published("http", REPO);
        assertThat(Files.isSymbolicLink(http)).isTrue();
        assertThat(http.toRealPath()).isEqualTo(bed.published("https", REPO).toRealPath());
        List<String> upstreamPackages = dnf(upstream.dir()).packages();
        List<String> publishedPackages = dnf(http).packages();
        assertThat(upstreamPackages).hasSize(5);
        assertThat(publishedPackages).containsExactlyElementsOf(upstreamPackages.stream()
                .map(YumPublishTest::relocated).sorted().toList());
        assertThat(primaryEntries(http)).isEqualTo(primaryEntries(upstream.dir()));
        for (String line : publishedPackages) {
            Path file = http.resolve(line.substring(line.indexOf(' ') + 1));
            assertThat(file).isRegularFile();
            assertThat(file.getParent().getFileName().toString()).isEqualTo(
                    file.getFileName().toString().substring(0, 1).toLowerCase());
        }
        run("rpm", "-K", "--nosignature", http.resolve("Packages/z/Zebra-0.9-1.noarch.rpm").toString());
        assertThat(filelistsAndOther(http)).isEqualTo(filelistsAndOther(upstream.dir()));
        assertThat(repomdTypes(http)).containsExactly("filelists", "group", "other", "primary", "updateinfo");
    }

    @Test
    void errata_and_comps_are_visible_to_dnf() throws Exception {
        List<Unit> packages = CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        Unit bear42 = packages.stream().filter(u -> u.key().get("version").equals("4.2")
                && u.key().get("arch").equals("noarch")).findFirst().orElseThrow();
        erratum("ZOO-2026:0001", List.of(pkg("bear", "0", "4.2", "1", "noarch"), pkg("ghost", "0", "1", "1", "noarch")));
        erratum("ZOO-2026:0002", List.of(pkg("ghost", "0", "1", "1", "noarch")));
        group();

        publish(config());

        Path http = bed.published("http", REPO);
        Dnf dnf = dnf(http);
        assertThat(dnf.advisoryPackages("ZOO-2026:0001")).containsExactly("bear-0:4.2-1.noarch");
        String updateinfo = CreaterepoUnits.gunzip(CreaterepoUnits.metadata(http, "updateinfo"));
        assertThat(updateinfo).contains("<collection short=\"zoo_0_default\">")
                .contains("<sum type=\"sha256\">" + bear42.key().get("checksum") + "</sum>")
                .contains("<issued date=\"2026-11-20 00:00:00\"/>")
                .doesNotContain("ghost").doesNotContain("ZOO-2026:0002");
        assertThat(String.join("\n", dnf.run("group", "list", "--hidden"))).contains("Animals");
        assertThat(String.join("\n", dnf.run("group", "info", "animals"))).contains("bear").contains("cat");
        String comps = Files.readString(CreaterepoUnits.metadata(http, "group"));
        assertThat(comps).contains("<name xml:lang=\"fr\">Animaux</name>").contains("<display_order>1024</display_order>");
    }

    @Test
    void a_copied_erratum_lists_its_packages_from_the_pkglist_of_the_repository_it_came_from() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        erratum("ZOO-2026:0003", List.of(pkg("cat", "2", "1.0", "3", "noarch")));
        String erratumId = bed.associations.unitIds(REPO, RpmUnits.ERRATUM).get(0);
        bed.documents.delete("erratum_pkglists", REPO + "/ZOO-2026:0003");
        bed.associations.associate("source", RpmUnits.ERRATUM, erratumId);
        bed.documents.put("erratum_pkglists", "source/ZOO-2026:0003", Map.of("errata_id", "ZOO-2026:0003",
                "repo_id", "source", "collections", List.of(Map.of("name", "c", "short", "",
                        "packages", List.of(pkg("cat", "2", "1.0", "3", "noarch"))))));

        publish(config());

        assertThat(dnf(bed.published("http", REPO)).advisoryPackages("ZOO-2026:0003"))
                .containsExactly("cat-2:1.0-3.noarch");
    }

    @Test
    void a_checksum_type_the_units_lack_is_computed_from_the_files_and_remembered() throws Exception {
        List<Unit> packages = CreaterepoUnits.importInto(bed, REPO, upstream.dir());

        publish(config("checksum_type", "sha"));

        Path http = bed.published("http", REPO);
        assertThat(Files.readString(http.resolve("repodata/repomd.xml"))).contains("<checksum type=\"sha1\">")
                .doesNotContain("sha256");
        Map<String, String> sha1ByFile = new HashMap<>();
        for (String entry : CreaterepoUnits.packages(CreaterepoUnits.gunzip(CreaterepoUnits.metadata(http, "primary")))) {
            Matcher m = Pattern.compile("<checksum type=\"sha1\" pkgid=\"YES\">([0-9a-f]{40})</checksum>.*"
                    + "<location href=\"([^\"]+)\"/>", Pattern.DOTALL).matcher(entry);
            assertThat(m.find()).as(entry).isTrue();
            sha1ByFile.put(m.group(2), m.group(1));
        }
        assertThat(sha1ByFile).hasSize(5);
        for (Map.Entry<String, String> e : sha1ByFile.entrySet()) {
            assertThat(e.getValue()).isEqualTo(sha1(http.resolve(e.getKey())));
        }
        for (Unit u : packages) {
            Map<?, ?> checksums = (Map<?, ?>) bed.units.get(u.typeId(), u.id()).orElseThrow().metadata().get("checksums");
            assertThat(new TreeSet<Object>(checksums.keySet())).containsExactly("sha1", "sha256");
        }
        assertThat(dnf(http).packages()).hasSize(5);
    }

    @Test
    void without_a_configured_checksum_type_the_upstream_one_the_sync_recorded_is_used() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        bed.documents.put("yum_importer_syncs", REPO, Map.of("checksum_type", "sha"));

        publish(config());

        Path http = bed.published("http", REPO);
        assertThat(Files.readString(http.resolve("repodata/repomd.xml"))).contains("<checksum type=\"sha1\">")
                .doesNotContain("sha256");
        assertThat(dnf(http).packages()).hasSize(5);
    }

    @Test
    void a_publish_with_nothing_changed_is_skipped_and_leaves_repomd_as_it_was() throws Exception {
        Path repomd = bed.published("https", REPO).resolve("repodata/repomd.xml");
        publish(config());
        byte[] first = Files.readAllBytes(repomd);
        bed.clock.advance(java.time.Duration.ofSeconds(5));

        PublishReport again = publish(config());

        assertThat(again.result()).isEqualTo(PublishReport.SKIPPED);
        assertThat(again.summary()).isEqualTo("Skipped: Repository content has not changed since last publish.");
        assertThat(again.details()).isEqualTo(again.summary());
        assertThat(Files.readAllBytes(repomd)).isEqualTo(first);
        assertThat(publish(config("force_full", true)).result()).isEqualTo(PublishReport.SUCCESS);
        assertThat(publish(config("checksum_type", "sha512")).result()).as("config changed")
                .isEqualTo(PublishReport.SUCCESS);
        assertThat(publish(config("checksum_type", "sha512")).result()).isEqualTo(PublishReport.SKIPPED);
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        assertThat(publish(config("checksum_type", "sha512")).result()).as("content changed")
                .isEqualTo(PublishReport.SUCCESS);
        assertThat(dnf(bed.published("https", REPO)).packages()).hasSize(5);
    }

    private static String relocated(String line) {
        String[] parts = line.split(" ");
        String name = Path.of(parts[1]).getFileName().toString();
        return parts[0] + " Packages/" + Character.toLowerCase(name.charAt(0)) + "/" + name;
    }

    /** checksum type, checksum and NEVRA of every package entry, sorted. */
    static List<String> primaryEntries(Path tree) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String pkg : CreaterepoUnits.packages(CreaterepoUnits.gunzip(CreaterepoUnits.metadata(tree, "primary")))) {
            Matcher m = Pattern.compile("<name>([^<]+)</name>\\s*<arch>([^<]+)</arch>\\s*<version ([^/]+)/>\\s*"
                    + "<checksum type=\"([^\"]+)\" pkgid=\"YES\">([^<]+)</checksum>").matcher(pkg);
            assertThat(m.find()).as(pkg).isTrue();
            entries.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
        }
        return entries.stream().sorted().toList();
    }

    static List<String> filelistsAndOther(Path tree) throws IOException {
        List<String> all = new ArrayList<>();
        for (String type : List.of("filelists", "other")) {
            all.addAll(CreaterepoUnits.packages(CreaterepoUnits.gunzip(CreaterepoUnits.metadata(tree, type))));
        }
        return all.stream().sorted().toList();
    }

    static TreeSet<String> repomdTypes(Path tree) throws IOException {
        Matcher m = Pattern.compile("<data type=\"([^\"]+)\">").matcher(Files.readString(tree.resolve("repodata/repomd.xml")));
        TreeSet<String> types = new TreeSet<>();
        while (m.find()) {
            types.add(m.group(1));
        }
        return types;
    }

    void erratum(String id, List<Map<String, Object>> packages) {
        Unit unit = bed.units.insertIfAbsent(new org.jpulp.common.content.NewUnit(
                org.jpulp.common.content.UnitKey.of(RpmUnits.ERRATUM, Map.of("id", id)),
                Map.of("title", "Bear improvements", "description", "Better bears.", "version", "1",
                        "type", "security", "status", "final", "issued", "2026-11-20 00:00:00", "updated", "",
                        "severity", "Important", "from", "security@example.org",
                        "references", List.of(Map.of("href", "https://example.org/" + id, "type", "self",
                                "id", id, "title", id))), null));
        bed.associations.associate(REPO, RpmUnits.ERRATUM, unit.id());
        bed.documents.put("erratum_pkglists", REPO + "/" + id, Map.of("errata_id", id, "repo_id", REPO,
                "collections", List.of(Map.of("name", "col", "short", "", "packages", packages))));
    }

    static Map<String, Object> pkg(String name, String epoch, String version, String release, String arch) {
        return Map.of("name", name, "epoch", epoch, "version", version, "release", release, "arch", arch,
                "src", name + "-" + version + "-" + release + ".src.rpm",
                "filename", name + "-" + version + "-" + release + "." + arch + ".rpm");
    }

    void group() {
        Unit group = bed.units.insertIfAbsent(new org.jpulp.common.content.NewUnit(
                org.jpulp.common.content.UnitKey.of(RpmUnits.PACKAGE_GROUP, Map.of("id", "animals", "repo_id", REPO)),
                Map.of("name", "Animals", "description", "Every animal", "user_visible", true, "default", false,
                        "mandatory_package_names", List.of("bear"), "default_package_names", List.of("cat"),
                        "optional_package_names", List.of(), "conditional_package_names", List.of(),
                        "translated_name", Map.of("fr", "Animaux")), null));
        bed.associations.associate(REPO, RpmUnits.PACKAGE_GROUP, group.id());
        Unit category = bed.units.insertIfAbsent(new org.jpulp.common.content.NewUnit(
                org.jpulp.common.content.UnitKey.of(RpmUnits.PACKAGE_CATEGORY, Map.of("id", "life", "repo_id", REPO)),
                Map.of("name", "Life", "description", "Living things", "display_order", 5L,
                        "packagegroupids", List.of("animals")), null));
        bed.associations.associate(REPO, RpmUnits.PACKAGE_CATEGORY, category.id());
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static String sha1(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file)));
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
    }
}
