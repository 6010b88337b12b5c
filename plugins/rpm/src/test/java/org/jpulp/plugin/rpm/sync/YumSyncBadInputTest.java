package org.jpulp.plugin.rpm.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpulp.plugin.rpm.sync.YumFeeds.BEAR_41;
import static org.jpulp.plugin.rpm.sync.YumFeeds.CAT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.jpulp.testing.rpm.YumRepoFixture.YumRepo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken feeds: the task fails naming the file or package and the cause; the repository is unchanged. */
class YumSyncBadInputTest {

    @TempDir
    Path dir;
    RpmTestBed bed;
    FixtureServer server;
    YumRepo repo;
    RepodataEdits edits;
    String feed;

    @BeforeEach
    void setUp() {
        bed = new RpmTestBed(dir);
        server = FixtureServer.http();
        repo = YumRepoFixture.with(BEAR_41, CAT).updateinfo(YumFeeds.UPDATEINFO).build(dir.resolve("feed"));
        edits = new RepodataEdits(repo.dir());
        feed = server.uri("/zoo/").toString();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void malformedPrimaryFailsTheMetadataBeforeAnythingIsAssociated() throws Exception {
        String primary = edits.text("primary");
        edits.replace("primary", primary.substring(0, primary.indexOf("<format>") + 20) + "</package><oops");

        FakeTask task = failsWith("primary.xml is not well-formed XML");

        assertThat(YumSyncTest.state(task.progress(YumImporter.ID), "content")).isEqualTo("FAILED");
        assertRepositoryUntouched();
    }

    @Test
    void malformedRepomdAndMissingPrimaryAreRpm1006() throws Exception {
        Files.writeString(repo.repomd(), "<repomd><data type=\"primary\">");
        failsWith("repomd.xml is not well-formed XML");
        Files.writeString(repo.repomd(), "<repomd xmlns=\"http://linux.duke.edu/metadata/repo\"></repomd>");
        FakeTask task = failsWith("repomd.xml has no primary metadata");
        assertThat(YumSyncTest.state(task.progress(YumImporter.ID), "metadata")).isEqualTo("FAILED");
        assertThat(YumSyncTest.state(task.progress(YumImporter.ID), "content")).isEqualTo("NOT_STARTED");
        assertRepositoryUntouched();
    }

    @Test
    void decompressionBombIsRefused() throws Exception {
        byte[] spaces = " ".repeat(1 << 20).getBytes();
        edits.replace("primary", out -> {
            out.write("<metadata packages=\"1\">".getBytes());
            for (int i = 0; i < 300; i++) {
                out.write(spaces);
            }
        }, false);

        failsWith("refusing a possible decompression bomb");
        assertRepositoryUntouched();
    }

    @Test
    void openSizeLieIsRefused() throws Exception {
        String primary = edits.text("primary");
        edits.replace("primary", primary);
        Path repomd = repo.repomd();
        String text = Files.readString(repomd);
        int at = text.indexOf("<open-size>", text.indexOf("type=\"primary\""));
        int end = text.indexOf("</open-size>", at);
        Files.writeString(repomd, text.substring(0, at) + "<open-size>100" + text.substring(end));

        failsWith("decompresses to more than its declared open-size of 100 bytes");
    }

    @Test
    void metadataChecksumMismatchNamesTheFile() throws Exception {
        edits.corrupt("filelists");

        PluginException e = fails();

        assertThat(e.getMessage()).contains("filelists");
        assertRepositoryUntouched();
    }

    @Test
    void packageChecksumMismatchNamesThePackageAndAssociatesNothing() throws Exception {
        Path bear = repo.dir().resolve("Packages/bear-4.1-1.noarch.rpm");
        byte[] bytes = Files.readAllBytes(bear);
        bytes[bytes.length - 10] ^= 0x01;
        Files.write(bear, bytes);

        failsWith("bear-4.1-1.noarch.rpm");
        assertRepositoryUntouched();
    }

    @Test
    void locationHrefWithDotDotOrAbsolutePathIsRefused() throws Exception {
        String primary = edits.text("primary");
        edits.replace("primary", primary.replace("href=\"Packages/bear-4.1-1.noarch.rpm\"",
                "href=\"../../outside/bear.rpm\""));
        failsWith("location href of package bear-0:4.1-1.noarch");

        edits.replace("primary", primary.replace("href=\"Packages/bear-4.1-1.noarch.rpm\"", "href=\"/etc/passwd\""));
        failsWith("location href of package bear-0:4.1-1.noarch");
        assertRepositoryUntouched();
    }

    @Test
    void aFailedResyncLeavesTheRepositoryAsItWas() throws Exception {
        repo.serve(server, "/zoo/");
        bed.sync("zoo", Map.of("feed", feed));
        Map<String, Long> before = bed.associations.countsByType("zoo");
        YumRepo next = YumRepoFixture.with(BEAR_41).build(dir.resolve("feed2"));
        new RepodataEdits(next.dir()).corrupt("other");
        next.serve(server, "/zoo/");

        assertThatThrownBy(() -> bed.sync("zoo", Map.of("feed", feed, "remove_missing", true)))
                .isInstanceOf(PluginException.class).hasMessageContaining("other");

        assertThat(bed.associations.countsByType("zoo")).isEqualTo(before);
    }

    private PluginException fails() throws IOException {
        repo.serve(server, "/zoo/");
        FakeTask task = bed.newTask();
        try {
            bed.importer.sync(bed.sync(task, "zoo", Map.of("feed", feed)));
        } catch (PluginException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a PluginException", e);
        }
        throw new AssertionError("the sync succeeded");
    }

    private FakeTask failsWith(String message) throws IOException {
        repo.serve(server, "/zoo/");
        FakeTask task = bed.newTask();
        assertThatThrownBy(() -> bed.importer.sync(bed.sync(task, "zoo", Map.of("feed", feed))))
                .isInstanceOf(PluginException.class).hasMessageContaining(message);
        return task;
    }

    private void assertRepositoryUntouched() throws IOException {
        assertThat(bed.associations.countsByType("zoo")).isEmpty();
        bed.assertNothingOutsideTheStorageRoots();
    }
}
