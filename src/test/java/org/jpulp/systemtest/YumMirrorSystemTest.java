package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.rpm.Dnf;
import org.jpulp.testing.rpm.TestRpm;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.jpulp.testing.rpm.YumRepoFixture.YumRepo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tukaani.xz.XZInputStream;

/**
 * The reason people run jpulp, end to end through REST with real processes: a yum repository built with
 * {@code rpmbuild} and {@code createrepo_c} (several versions per name, an epoch, a non-ASCII changelog, comps and
 * updateinfo; gz and xz metadata) is synced and published, and Debian's {@code dnf} lists, resolves advisories and
 * groups from and downloads every package from the published URL; what dnf gets is what createrepo_c indexed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YumMirrorSystemTest {

    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(180);
    private static final List<TestRpm> PACKAGES = List.of(
            TestRpm.of("bear", "4.1", "1"),
            TestRpm.of("bear", "4.2", "1").withRequires("walrus"),
            TestRpm.of("walrus", "5.21", "1").withEpoch("1")
                    .withChangelog(LocalDate.of(2026, 11, 20), "Zoë Keeper <zoe@example.com> - 5.21-1",
                            "Fütterung verbessert — 海象"),
            TestRpm.of("penguin", "0.9.1", "3").withProvides("bird(penguin) = 0.9"));
    private static final String COMPS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE comps PUBLIC "-//Red Hat, Inc.//DTD Comps info//EN" "comps.dtd">
            <comps>
              <group>
                <id>zoo</id>
                <name>Zoo animals</name>
                <description>Everything in the zoo</description>
                <default>false</default>
                <uservisible>true</uservisible>
                <packagelist>
                  <packagereq type="mandatory">bear</packagereq>
                  <packagereq type="default">penguin</packagereq>
                </packagelist>
              </group>
            </comps>
            """;
    private static final String UPDATEINFO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <updates>
              <update from="zoo@example.com" status="final" type="security" version="1">
                <id>ZOO-2026:0042</id>
                <title>bear 4.2</title>
                <issued date="2026-11-21 00:00:00"/>
                <severity>Important</severity>
                <summary>bear escapes less</summary>
                <description>Fixes the bear enclosure.</description>
                <pkglist>
                  <collection short="zoo">
                    <name>zoo</name>
                    <package name="bear" version="4.2" release="1" epoch="0" arch="noarch" src="bear-4.2-1.src.rpm">
                      <filename>bear-4.2-1.noarch.rpm</filename>
                    </package>
                  </collection>
                </pkglist>
              </update>
            </updates>
            """;

    private Cluster cluster;
    private FixtureServer feed;
    private RestClient rest;
    private Path dir;

    @BeforeAll
    void start(@TempDir Path tmp) {
        dir = tmp;
        feed = FixtureServer.http();
        cluster = new Cluster(tmp, "");
        RoleProcess beat = cluster.beat("scheduler");
        RoleProcess rm = cluster.resourceManager("resource_manager");
        RoleProcess worker1 = cluster.worker(1);
        RoleProcess worker2 = cluster.worker(2);
        RoleProcess api = cluster.restApi();
        cluster.awaitRunning(beat, rm, worker1, worker2, api);
        rest = RestClient.of(api);
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (feed != null) {
            feed.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gz", "xz"})
    void dnf_installs_from_what_jpulp_mirrors(String compression) throws Exception {
        String id = "zoo-" + compression;
        YumRepo upstream = YumRepoFixture.with(PACKAGES.toArray(TestRpm[]::new)).compression(compression)
                .comps(COMPS).updateinfo(UPDATEINFO).build(dir.resolve("upstream-" + compression));
        createRepository(id, upstream.serve(feed, "/" + id + "/").toString());

        JsonNode sync = rest.awaitTask(rest.postTask("/repositories/" + id + "/actions/sync/", Map.of()),
                TASK_TIMEOUT);
        assertThat(sync.path("state").asText()).as(sync.toString()).isEqualTo("finished");
        JsonNode publish = rest.awaitTask(rest.postTask("/repositories/" + id + "/actions/publish/",
                Map.of("id", "yum")), TASK_TIMEOUT);
        assertThat(publish.path("state").asText()).as(publish.toString()).isEqualTo("finished");
        JsonNode counts = rest.get("/repositories/" + id + "/").path("content_unit_counts");
        assertThat(counts.path("rpm").asInt()).isEqualTo(PACKAGES.size());
        assertThat(counts.path("erratum").asInt()).isEqualTo(1);
        assertThat(counts.path("package_group").asInt()).isEqualTo(1);

        String published = rest.base() + "/pulp/repos/" + id + "/";
        Dnf dnf = new Dnf(dir.resolve("dnf-" + compression), published);
        Dnf reference = new Dnf(dir.resolve("dnf-reference-" + compression), upstream.dir().toUri().toString());
        assertThat(dnf.nevras()).hasSize(PACKAGES.size()).isEqualTo(reference.nevras())
                .contains("walrus-1:5.21-1.noarch", "bear-0:4.1-1.noarch", "bear-0:4.2-1.noarch");
        assertThat(dnf.advisoryPackages("ZOO-2026:0042")).containsExactly("bear-0:4.2-1.noarch");
        assertThat(String.join("\n", dnf.run("group", "list", "--hidden"))).contains("Zoo animals");
        assertThat(String.join("\n", dnf.run("repoquery", "--changelog", "walrus"))).contains("Fütterung verbessert — 海象");

        Path downloads = Files.createDirectories(dir.resolve("downloads-" + compression));
        String downloadDir = "--downloaddir=" + downloads;
        dnf.run("install", "--downloadonly", downloadDir, "bear", "walrus", "penguin");
        dnf.run("install", "--downloadonly", downloadDir, "bear-4.1-1.noarch");
        assertThat(sha256s(downloads)).isEqualTo(sha256s(upstream.dir().resolve("Packages")));
        assertThat(primaryChecksums(dnfFetchedPrimary(published)))
                .isEqualTo(primaryChecksums(upstream.dir().resolve("repodata")));
    }

    private void createRepository(String id, String feedUrl) {
        Map<String, Object> distributor = new LinkedHashMap<>();
        distributor.put("distributor_type_id", "yum_distributor");
        distributor.put("distributor_id", "yum");
        distributor.put("auto_publish", false);
        distributor.put("distributor_config", Map.of("http", true, "https", false, "relative_url", id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("importer_type_id", "yum_importer");
        body.put("importer_config", Map.of("feed", feedUrl));
        body.put("distributors", List.of(distributor));
        rest.post("/repositories/", body, 201);
    }

    /** Downloads the published repomd.xml and primary metadata into a directory, as a client would see them. */
    private Path dnfFetchedPrimary(String published) throws IOException {
        Path repodata = Files.createDirectories(dir.resolve("published-" + published.hashCode()));
        String repomd = new String(rest.download(path(published) + "repodata/repomd.xml").body(),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("href=\"(repodata/[^\"]*primary\\.xml\\.gz)\"").matcher(repomd);
        assertThat(m.find()).as("repomd.xml lists primary.xml.gz: %s", repomd).isTrue();
        Files.write(repodata.resolve("primary.xml.gz"), rest.download(path(published) + m.group(1)).body());
        return repodata;
    }

    private String path(String url) {
        return url.substring(rest.base().length());
    }

    /** The {@code <checksum pkgid="YES">} values of the primary metadata (gz or xz) in {@code repodata}. */
    private static TreeSet<String> primaryChecksums(Path repodata) throws IOException {
        Path primary;
        try (Stream<Path> files = Files.list(repodata)) {
            primary = files.filter(f -> f.getFileName().toString().matches(".*primary\\.xml\\.(gz|xz)")).findFirst()
                    .orElseThrow(() -> new AssertionError("no compressed primary.xml in " + repodata));
        }
        String xml;
        try (InputStream in = primary.toString().endsWith(".xz") ? new XZInputStream(Files.newInputStream(primary))
                : new GZIPInputStream(Files.newInputStream(primary))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TreeSet<String> checksums = new TreeSet<>();
        Matcher m = Pattern.compile("<checksum type=\"(\\w+)\" pkgid=\"YES\">(\\w+)</checksum>").matcher(xml);
        while (m.find()) {
            checksums.add(m.group(1) + ":" + m.group(2));
        }
        return checksums;
    }

    private static Map<String, String> sha256s(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".rpm")).forEach(f -> sums.put(f.getFileName().toString(),
                    sha256(f)));
        }
        return sums;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
