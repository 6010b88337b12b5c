package org.jpulp.testing.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.rpm.YumRepoFixture.YumRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YumRepoFixtureTest {

    static final TestRpm BEAR = TestRpm.of("bear", "4.1", "1").withEpoch("2").withRequires("coreutils")
            .withProvides("animal(bear) = 4").withChangelog(LocalDate.of(2026, 11, 18),
                    "Zoë Keeper <zoe@example.com> - 4.1-1", "Grüße aus dem Zoo");

    @TempDir
    Path dir;

    @Test
    void buildsPackagesOnceAndCachesThem() throws Exception {
        Path first = RpmBuilder.shared().build(BEAR);
        long modified = Files.getLastModifiedTime(first).toMillis();

        Path again = RpmBuilder.shared().build(BEAR);

        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(again).toMillis()).isEqualTo(modified);
        assertThat(rpmQuery(first, "%{EPOCH}:%{NAME}-%{VERSION}-%{RELEASE}.%{ARCH} %{REQUIRENAME}"))
                .isEqualTo("2:bear-4.1-1.noarch coreutils");
        assertThat(rpmQuery(first, "%{CHANGELOGTEXT}")).isEqualTo("- Grüße aus dem Zoo");
    }

    @Test
    void buildsXzRepositoryWithCompsUpdateinfoAndModulesAndServesIt() throws Exception {
        YumRepo repo = YumRepoFixture.with(BEAR, TestRpm.of("cat", "1.0", "1"), TestRpm.of("cat", "1.0", "1")
                        .withArch("src"))
                .compression("xz").checksum("sha512")
                .comps("<?xml version=\"1.0\"?><comps><group><id>zoo</id><name>Zoo</name><packagelist>"
                        + "<packagereq type=\"mandatory\">bear</packagereq></packagelist></group></comps>")
                .updateinfo("<?xml version=\"1.0\"?><updates><update type=\"security\"><id>ZOO-1</id>"
                        + "<title>t</title></update></updates>")
                .modules("---\ndocument: modulemd-defaults\nversion: 1\ndata:\n  module: zoo\n  stream: '1'\n...\n")
                .build(dir);

        String repomd = Files.readString(repo.repomd());
        assertThat(repomd).contains("type=\"primary\"", "primary.xml.xz", "type=\"group\"", "type=\"group_xz\"",
                "type=\"updateinfo\"", "type=\"modules\"", "type=\"sha512\"");
        assertThat(repo.packages()).containsExactlyInAnyOrder("Packages/bear-4.1-1.noarch.rpm",
                "Packages/cat-1.0-1.noarch.rpm", "Packages/cat-1.0-1.src.rpm");
        try (FixtureServer server = FixtureServer.http()) {
            URI feed = repo.serve(server, "/zoo/");
            HttpResponse<String> got = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(feed.resolve("repodata/repomd.xml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(got.body()).isEqualTo(repomd);
        }
    }

    private static String rpmQuery(Path rpm, String format) throws Exception {
        Process p = new ProcessBuilder("rpm", "-qp", "--nosignature", "--qf", format, rpm.toString())
                .redirectErrorStream(false).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
    }
}
