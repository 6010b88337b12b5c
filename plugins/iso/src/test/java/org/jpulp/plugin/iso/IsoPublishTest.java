package org.jpulp.plugin.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.plugin.iso.testbed.Feed;
import org.jpulp.plugin.iso.testbed.IsoTestBed;
import org.jpulp.testing.http.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iso_distributor} publishes what a sync stored; the published tree is read back from disk. */
class IsoPublishTest {

    @TempDir
    Path tmp;
    private FixtureServer server;
    private Feed feed;
    private IsoTestBed bed;

    @BeforeEach
    void setUp() throws Exception {
        server = FixtureServer.http();
        feed = new Feed(server, "feed").add("1.iso", 1024).add("2.iso", 2048).add("dir/3.img", 10_000)
                .add("four,with \"quotes\".iso", 5).add("empty.iso", 0);
        bed = new IsoTestBed(tmp);
        sync("zoo");
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
        bed.assertNothingOutsideTheStorageRoots();
    }

    private void sync(String repoId) throws Exception {
        bed.importer.sync(bed.sync(bed.newTask(), repoId, Map.of("feed", feed.url().toString(),
                "remove_missing", true)));
    }

    private PublishReport publish(String repoId, Map<String, Object> config) throws Exception {
        return bed.distributor.publish(bed.publish(bed.newTask(), repoId, "iso_distributor", config));
    }

    private void unpublish(String repoId, Map<String, Object> config) throws Exception {
        bed.distributor.unpublish(bed.publish(bed.newTask(), repoId, "iso_distributor", config));
    }

    /** Every file the published manifest lists, read through the published path, has the listed size and sha256. */
    private static Map<String, String> readPublished(Path dir) throws IOException {
        Map<String, String> checksums = new HashMap<>();
        for (String row : Files.readString(dir.resolve("PULP_MANIFEST")).split("\r\n")) {
            if (row.isEmpty()) {
                continue;
            }
            int last = row.lastIndexOf(',');
            int middle = row.lastIndexOf(',', last - 1);
            String name = row.substring(0, middle);
            if (name.startsWith("\"")) {
                name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
            }
            byte[] content = Files.readAllBytes(dir.resolve(name));
            assertThat(content.length).as(name).isEqualTo(Long.parseLong(row.substring(last + 1)));
            assertThat(Feed.sha256(content)).as(name).isEqualTo(row.substring(middle + 1, last));
            checksums.put(name, row.substring(middle + 1, last));
        }
        return checksums;
    }

    private Map<String, String> feedChecksums() {
        Map<String, String> m = new HashMap<>();
        feed.files().forEach((name, body) -> m.put(name, Feed.sha256(body)));
        return m;
    }

    @Test
    void publishes_every_file_and_a_manifest_at_the_https_tree_by_default() throws Exception {
        FakeTask task = bed.newTask();
        PublishReport report = bed.distributor.publish(bed.publish(task, "zoo", "iso_distributor", Map.of()));

        Path https = bed.published("https", "zoo");
        assertThat(readPublished(https)).isEqualTo(feedChecksums());
        assertThat(bed.published("http", "zoo")).doesNotExist();
        assertThat(task.progress("iso_distributor")).containsEntry("state", "complete");
        assertThat(report.summary()).isEqualTo(task.progress("iso_distributor"));
    }

    @Test
    void the_manifest_is_sorted_csv_with_crlf_rows_as_pulp2_writes_it() throws Exception {
        publish("zoo", Map.of());

        String manifest = Files.readString(bed.published("https", "zoo").resolve("PULP_MANIFEST"));
        assertThat(manifest.split("\r\n")).extracting(r -> r.substring(0, r.indexOf(",", r.startsWith("\"") ? r
                .indexOf("\",") : 0))).containsExactly("1.iso", "2.iso", "dir/3.img", "empty.iso",
                "\"four,with \"\"quotes\"\".iso\"");
        assertThat(manifest).endsWith("\r\n").contains("1.iso," + Feed.sha256(feed.file("1.iso")) + ",1024\r\n");
    }

    @Test
    void files_are_relative_links_into_the_content_store_and_the_tree_is_world_readable() throws Exception {
        publish("zoo", Map.of("serve_http", true, "relative_url", "mirrors/zoo/"));

        Path http = bed.published("http", "mirrors/zoo");
        Path https = bed.published("https", "mirrors/zoo");
        assertThat(Files.isSymbolicLink(http)).isTrue();
        assertThat(Files.readSymbolicLink(http).isAbsolute()).isFalse();
        assertThat(Files.readSymbolicLink(http)).as("same depth, same tree").isEqualTo(Files.readSymbolicLink(https));
        Path file = http.resolve("dir/3.img");
        assertThat(Files.isSymbolicLink(file)).isTrue();
        assertThat(Files.readSymbolicLink(file).isAbsolute()).isFalse();
        Unit unit = bed.units.get("iso", bed.associations.unitIds("zoo", "iso")).stream()
                .filter(u -> u.key().get("name").equals("dir/3.img")).findFirst().orElseThrow();
        assertThat(file.toRealPath()).isEqualTo(Path.of(unit.storagePath()).toRealPath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(http.resolve("PULP_MANIFEST"))))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(http.toRealPath())))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void a_republish_switches_to_a_new_tree_and_removes_the_old_one() throws Exception {
        publish("zoo", Map.of());
        Path https = bed.published("https", "zoo");
        Path firstTree = https.getParent().resolve(Files.readSymbolicLink(https)).normalize();

        feed.remove("2.iso").add("6.iso", 600);
        sync("zoo");
        publish("zoo", Map.of());

        Path secondTree = https.getParent().resolve(Files.readSymbolicLink(https)).normalize();
        assertThat(secondTree).isNotEqualTo(firstTree);
        assertThat(firstTree).doesNotExist();
        assertThat(readPublished(https)).isEqualTo(feedChecksums());
        try (Stream<Path> master = Files.list(secondTree.getParent())) {
            assertThat(master.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    secondTree.getFileName().toString(), ".links");
        }
        try (Stream<Path> isos = Files.list(https.getParent())) {
            assertThat(isos).as("no temporary links left").containsExactly(https);
        }
    }

    @Test
    void a_reader_never_sees_a_half_written_tree_while_publishes_switch() throws Exception {
        sync("farm");
        feed.add("7.iso", 7000).add("8.iso", 8000);
        sync("zoo");
        publish("zoo", Map.of());
        Path https = bed.published("https", "zoo");
        Map<String, String> afterFirst = readPublished(https);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                try {
                    Map<String, String> seen = readPublished(https);
                    assertThat(seen).isEqualTo(afterFirst);
                    reads.incrementAndGet();
                } catch (IOException e) {
                    throw new AssertionError("a published file could not be read", e);
                }
            }
        });
        for (int i = 0; i < 20; i++) {
            publish("zoo", Map.of());
        }
        stop.set(true);
        reader.get();
        assertThat(reads.get()).isPositive();
    }

    @Test
    void changing_relative_url_or_protocols_removes_the_old_links_and_their_empty_parents() throws Exception {
        publish("zoo", Map.of("serve_http", true, "relative_url", "a/b/zoo"));

        publish("zoo", Map.of("serve_http", false, "relative_url", "c/zoo"));

        assertThat(bed.published("https", "c/zoo")).isSymbolicLink();
        assertThat(bed.published("https", "a")).doesNotExist();
        assertThat(bed.published("http", "a")).doesNotExist();
        assertThat(readPublished(bed.published("https", "c/zoo"))).isEqualTo(feedChecksums());
    }

    @Test
    void unpublish_removes_links_trees_and_empty_directories_and_may_repeat() throws Exception {
        sync("farm");
        publish("farm", Map.of());
        publish("zoo", Map.of("serve_http", true, "relative_url", "x/zoo"));

        unpublish("zoo", Map.of("serve_http", true, "relative_url", "x/zoo"));
        unpublish("zoo", Map.of("serve_http", true, "relative_url", "x/zoo"));

        Path published = bed.storage.resolve("published");
        try (Stream<Path> left = Files.walk(published)) {
            assertThat(left.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> published.relativize(p).toString()).filter(p -> !p.startsWith("iso/master/farm/")))
                    .containsExactly("https/isos/farm");
        }
        assertThat(bed.published("https", "x")).doesNotExist();
        assertThat(published.resolve("iso/master/zoo")).doesNotExist();
        assertThat(readPublished(bed.published("https", "farm"))).isEqualTo(feedChecksums());
    }

    @Test
    void relative_url_must_be_relative_and_stay_inside() {
        for (String bad : List.of("../escape", "/abs/olute", "a/../../b", "a//b")) {
            assertThat(bed.distributor.validateConfig("zoo", new PluginConfig(
                    Map.of("relative_url", bad))).invalidKeys()).as(bad).containsExactly("relative_url");
            assertThatThrownBy(() -> publish("zoo", Map.of("relative_url", bad))).isInstanceOf(PluginException.class)
                    .hasMessageContaining("relative_url");
        }
        assertThat(bed.storage.resolve("published/https")).doesNotExist();
    }

    @Test
    void a_publication_inside_or_over_another_repositorys_is_refused_and_leaves_it_intact() throws Exception {
        sync("farm");
        publish("farm", Map.of("relative_url", "shared"));

        assertThatThrownBy(() -> publish("zoo", Map.of("relative_url", "shared/zoo")))
                .hasMessage("cannot publish at relative_url [shared/zoo]: it lies inside another publication "
                        + "(https/isos/shared)");
        assertThatThrownBy(() -> publish("zoo", Map.of("relative_url", "shared")))
                .hasMessage("cannot publish at relative_url [shared]: another repository is published there");
        publish("zoo", Map.of("relative_url", "deep/zoo"));
        sync("farm");
        assertThatThrownBy(() -> publish("farm", Map.of("relative_url", "deep")))
                .hasMessage("cannot publish at relative_url [deep]: other publications lie below it");

        assertThat(readPublished(bed.published("https", "shared"))).isEqualTo(feedChecksums());
        assertThat(readPublished(bed.published("https", "deep/zoo"))).isEqualTo(feedChecksums());
    }

    @Test
    void a_unit_whose_file_is_gone_fails_the_publish_and_keeps_the_previous_one() throws Exception {
        publish("zoo", Map.of());
        Path https = bed.published("https", "zoo");
        Path before = Files.readSymbolicLink(https);
        Unit one = bed.units.get("iso", bed.associations.unitIds("zoo", "iso")).get(0);
        Files.move(Path.of(one.storagePath()), tmp.resolve("work-aside"));
        FakeTask task = bed.newTask();

        assertThatThrownBy(() -> bed.distributor.publish(bed.publish(task, "zoo", "iso_distributor", Map.of())))
                .isInstanceOf(PluginException.class).hasMessageContaining("is missing from the content store");

        assertThat(task.progress("iso_distributor")).containsEntry("state", "failed");
        assertThat(Files.readSymbolicLink(https)).isEqualTo(before);
        Files.move(tmp.resolve("work-aside"), Path.of(one.storagePath()));
        assertThat(readPublished(https)).isEqualTo(feedChecksums());
        try (Stream<Path> master = Files.list(https.getParent().resolve(before).normalize().getParent())) {
            assertThat(master).as("no build directory left").hasSize(2);
        }
    }

    @Test
    void a_canceled_publish_publishes_nothing() throws Exception {
        FakeTask task = bed.newTask();
        task.cancel();

        assertThatThrownBy(() -> bed.distributor.publish(bed.publish(task, "zoo", "iso_distributor", Map.of())))
                .isInstanceOf(TaskCanceledException.class);

        assertThat(bed.published("https", "zoo")).doesNotExist();
        try (Stream<Path> master = Files.list(bed.storage.resolve("published/iso/master/zoo/iso_distributor"))) {
            assertThat(master).isEmpty();
        }
    }

    @Test
    void published_manifest_text_is_utf8() throws Exception {
        feed.add("ünïcode.iso", 3);
        sync("zoo");
        publish("zoo", Map.of());

        assertThat(new String(Files.readAllBytes(bed.published("https", "zoo").resolve("PULP_MANIFEST")),
                StandardCharsets.UTF_8)).contains("ünïcode.iso,");
    }
}
