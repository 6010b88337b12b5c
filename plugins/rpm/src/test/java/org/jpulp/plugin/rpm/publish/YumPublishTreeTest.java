package org.jpulp.plugin.rpm.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.common.task.TaskCanceledException;
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

/** The published tree: atomic switch, failures and cancellation leaving the old one, unpublish, relocation, sqlite. */
class YumPublishTreeTest {

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
        upstream = YumRepoFixture.with(TestRpm.of("bear", "4.1", "1"), TestRpm.of("cat", "1.0", "1"))
                .build(fixtures.resolve("upstream"));
    }

    @BeforeEach
    void bed() {
        bed = new RpmTestBed(tmp);
    }

    static Map<String, Object> config(Object... more) {
        Map<String, Object> config = new HashMap<>(Map.of("relative_url", "animals/" + REPO, "http", true,
                "https", false));
        for (int i = 0; i < more.length; i += 2) {
            config.put((String) more[i], more[i + 1]);
        }
        return config;
    }

    PublishReport publish(Map<String, Object> config) throws Exception {
        return distributor.publish(bed.publish(bed.newTask(), REPO, "yum_distributor", config));
    }

    Path master() {
        return bed.storage.resolve("published/yum/master").resolve(REPO).resolve("yum_distributor");
    }

    @Test
    void readers_always_see_a_complete_repository_while_publishes_switch_trees() throws Exception {
        List<Unit> units = CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        publish(config());
        Path link = bed.published("http", "animals/" + REPO);
        AtomicBoolean stop = new AtomicBoolean();
        List<String> problems = new CopyOnWriteArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    String repomd = Files.readString(link.resolve("repodata/repomd.xml"));
                    Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(repomd);
                    while (m.find()) {
                        if (!Files.isRegularFile(link.resolve(m.group(1)))) {
                            problems.add("missing " + m.group(1));
                        }
                    }
                    reads.incrementAndGet();
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 8; i++) {
                Unit unit = units.get(0);
                if (i % 2 == 0) {
                    bed.associations.unassociate(REPO, unit.typeId(), unit.id());
                } else {
                    bed.associations.associate(REPO, unit.typeId(), unit.id());
                }
                assertThat(publish(config()).result()).isEqualTo(PublishReport.SUCCESS);
            }
        } finally {
            stop.set(true);
            reader.join(10_000);
        }
        assertThat(problems).isEmpty();
        assertThat(reads.get()).isPositive();
        try (Stream<Path> trees = Files.list(master())) {
            assertThat(trees.filter(p -> p.getFileName().toString().matches("[0-9]+"))).as("older trees removed")
                    .hasSize(1);
        }
    }

    @Test
    void old_metadata_files_stay_until_older_than_the_threshold() throws Exception {
        List<Unit> units = CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        Path repodata = bed.published("http", "animals/" + REPO).resolve("repodata");
        publish(config());
        int first = count(repodata);
        bed.associations.unassociate(REPO, units.get(0).typeId(), units.get(0).id());
        publish(config());
        assertThat(count(repodata)).as("old primary, filelists, other, updateinfo kept").isEqualTo(first + 3);

        bed.associations.associate(REPO, units.get(0).typeId(), units.get(0).id());
        publish(config("remove_old_repodata_threshold", 0));
        assertThat(count(repodata)).isEqualTo(first);
        bed.associations.unassociate(REPO, units.get(0).typeId(), units.get(0).id());
        publish(config("remove_old_repodata", false, "remove_old_repodata_threshold", 0));
        assertThat(count(repodata)).isEqualTo(first + 3);
    }

    static int count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.count();
        }
    }

    @Test
    void package_links_persist_between_publishes_and_follow_the_content() throws Exception {
        List<Unit> units = CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        publish(config());
        Path packages = bed.published("http", "animals/" + REPO).resolve("Packages");
        Path cat = packages.resolve("c/cat-1.0-1.noarch.rpm");
        Object inode = Files.getAttribute(cat, "unix:ino", java.nio.file.LinkOption.NOFOLLOW_LINKS);
        Unit bear = units.stream().filter(u -> u.key().get("name").equals("bear")).findFirst().orElseThrow();
        bed.associations.unassociate(REPO, RpmUnits.RPM, bear.id());

        publish(config());

        assertThat(Files.getAttribute(cat, "unix:ino", java.nio.file.LinkOption.NOFOLLOW_LINKS)).isEqualTo(inode);
        assertThat(Files.exists(packages.resolve("b/bear-4.1-1.noarch.rpm"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isFalse();
        Files.delete(master().resolve(".packages.state"));
        bed.associations.associate(REPO, RpmUnits.RPM, bear.id());
        publish(config());
        assertThat(packages.resolve("b/bear-4.1-1.noarch.rpm")).isRegularFile();
        assertThat(packages.resolve("c/cat-1.0-1.noarch.rpm")).isRegularFile();
    }

    @Test
    void a_failing_publish_leaves_the_previous_publication_untouched() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        publish(config());
        Path repomd = bed.published("http", "animals/" + REPO).resolve("repodata/repomd.xml");
        byte[] before = Files.readAllBytes(repomd);
        Unit broken = bed.units.insertIfAbsent(new NewUnit(UnitKey.of(RpmUnits.RPM, Map.of("name", "broken",
                "epoch", "0", "version", "1", "release", "1", "arch", "noarch", "checksumtype", "sha256",
                "checksum", "00")), Map.of("filename", "broken-1-1.noarch.rpm", "checksums", Map.of("sha256", "00"),
                "repodata", Map.of("primary", new byte[] {1, 2, 3}, "filelists", "", "other", "")), null));
        bed.associations.associate(REPO, RpmUnits.RPM, broken.id());
        FakeTask task = bed.newTask();

        assertThatThrownBy(() -> distributor.publish(bed.publish(task, REPO, "yum_distributor", config())))
                .isInstanceOf(PluginException.class).hasMessageContaining("broken-1-1.noarch.rpm");

        assertThat(Files.readAllBytes(repomd)).isEqualTo(before);
        assertThat(steps(task)).anySatisfy(s -> assertThat(s).containsEntry("step_type", "rpms")
                .containsEntry("state", "FAILED"));
        try (Stream<Path> entries = Files.list(master())) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".build-"));
        }
    }

    @Test
    void a_canceled_publish_leaves_the_previous_publication() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        publish(config());
        Path tree = bed.published("http", "animals/" + REPO).toRealPath();
        bed.associations.unassociate(REPO, RpmUnits.RPM, bed.associations.unitIds(REPO, RpmUnits.RPM).get(0));
        FakeTask task = bed.newTask();
        task.cancel();

        assertThatThrownBy(() -> distributor.publish(bed.publish(task, REPO, "yum_distributor", config())))
                .isInstanceOf(TaskCanceledException.class);

        assertThat(bed.published("http", "animals/" + REPO).toRealPath()).isEqualTo(tree);
    }

    @Test
    void progress_is_reported_as_pulp_2_steps_and_the_summary_maps_steps_to_states() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        FakeTask task = bed.newTask();

        PublishReport report = distributor.publish(bed.publish(task, REPO, "yum_distributor", config()));

        List<Map<String, Object>> steps = steps(task);
        assertThat(steps).extracting(s -> s.get("step_type")).containsExactly(
                "initialize_repo_metadata", "distribution", "rpms", "drpms", "errata", "modules", "comps",
                "metadata", "close_repo_metadata", "remove_old_repodata", "generate sqlite", "repoview",
                "publish_directory");
        Map<String, Object> rpms = steps.get(2);
        assertThat(rpms).containsEntry("description", "Publishing RPMs").containsEntry("state", "FINISHED")
                .containsEntry("items_total", 2L).containsEntry("num_processed", 2L).containsEntry("num_success", 2L)
                .containsEntry("num_failures", 0).containsEntry("error_details", List.of()).containsKey("step_id");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) report.summary();
        assertThat(summary).containsEntry("rpms", "FINISHED").containsEntry("drpms", "SKIPPED")
                .containsEntry("publish_directory", "FINISHED");
        assertThat(report.details()).isEqualTo(steps);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(FakeTask task) {
        return (List<Map<String, Object>>) task.report("yum_distributor");
    }

    @Test
    void unpublish_removes_links_master_directory_and_empty_parents() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        publish(config("https", true));
        Path http = bed.published("http", "animals/" + REPO);
        assertThat(http).isDirectory();

        distributor.unpublish(bed.publish(bed.newTask(), REPO, "yum_distributor", config("https", true)));

        assertThat(Files.exists(http, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(http.getParent())).as("empty parent removed").isFalse();
        assertThat(Files.exists(bed.published("https", "animals/" + REPO), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isFalse();
        assertThat(master()).doesNotExist();
        assertThat(bed.store.layout().contentUnits()).isDirectory();
        distributor.unpublish(bed.publish(bed.newTask(), REPO, "yum_distributor", config()));
    }

    @Test
    void a_changed_relative_url_or_protocol_moves_the_publication() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        publish(config());

        publish(config("relative_url", "elsewhere", "http", false, "https", true));

        assertThat(bed.published("https", "elsewhere").resolve("repodata/repomd.xml")).isRegularFile();
        assertThat(Files.exists(bed.published("http", "animals/" + REPO), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isFalse();
    }

    @Test
    void another_repository_at_the_same_relative_url_is_refused() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        publish(config());

        assertThatThrownBy(() -> distributor.publish(bed.publish(bed.newTask(), "farm", "yum_distributor",
                config()))).isInstanceOf(PluginException.class).hasMessageContaining("another repository");
    }

    @Test
    void generate_sqlite_adds_the_databases_to_repomd() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());

        publish(config("generate_sqlite", true));

        assertThat(YumPublishTest.repomdTypes(bed.published("http", "animals/" + REPO))).contains("primary_db",
                "filelists_db", "other_db", "primary");
    }

    @Test
    void modules_and_custom_metadata_files_are_published() throws Exception {
        CreaterepoUnits.importInto(bed, REPO, upstream.dir());
        String yaml = """
                ---
                document: modulemd
                version: 2
                data:
                  name: bear
                  stream: "4"
                  version: 20261122
                  context: c0ffee42
                  arch: noarch
                  summary: Bears
                  description: Bears as a module
                  license:
                    module: [MIT]
                  artifacts:
                    rpms:
                    - bear-0:4.1-1.noarch
                ...
                """;
        Path yamlFile = tmp.resolve("bear.yaml");
        Files.writeString(yamlFile, yaml);
        UnitKey moduleKey = UnitKey.of(RpmUnits.MODULEMD, Map.of("name", "bear", "stream", "4", "version", 20261122L,
                "context", "c0ffee42", "arch", "noarch"));
        Path storedYaml = bed.store.importFile(yamlFile, moduleKey, "modulemd.yaml");
        Unit module = bed.units.insertIfAbsent(new NewUnit(moduleKey, Map.of("checksum",
                YumPublishTest.sha256(yamlFile)), storedYaml.toString()));
        bed.associations.associate(REPO, RpmUnits.MODULEMD, module.id());
        Path productid = tmp.resolve("productid");
        Files.writeString(productid, "product certificate");
        UnitKey fileKey = UnitKey.of(RpmUnits.YUM_REPO_METADATA_FILE, Map.of("data_type", "productid", "repo_id", REPO));
        Unit custom = bed.units.insertIfAbsent(new NewUnit(fileKey, Map.of(),
                bed.store.importFile(productid, fileKey, "productid").toString()));
        bed.associations.associate(REPO, RpmUnits.YUM_REPO_METADATA_FILE, custom.id());

        publish(config());

        Path http = bed.published("http", "animals/" + REPO);
        assertThat(YumPublishTest.repomdTypes(http)).containsExactly("filelists", "group", "modules", "other",
                "primary", "productid", "updateinfo");
        assertThat(CreaterepoUnits.gunzip(CreaterepoUnits.metadata(http, "modules"))).isEqualTo(yaml);
        assertThat(Files.readString(http.resolve("repodata/productid"))).isEqualTo("product certificate");
        String modules = String.join("\n", new Dnf(tmp.resolve("dnf"),
                http.toUri().toString()).run("module", "list"));
        assertThat(modules).contains("bear").contains("Bears");
    }

    @Test
    void a_module_document_changed_on_disk_aborts_the_publish() throws Exception {
        Path yamlFile = tmp.resolve("bear.yaml");
        Files.writeString(yamlFile, "---\ndocument: modulemd\n...\n");
        UnitKey key = UnitKey.of(RpmUnits.MODULEMD, Map.of("name", "bear", "stream", "4", "version", 1L,
                "context", "c", "arch", "noarch"));
        Unit module = bed.units.insertIfAbsent(new NewUnit(key, Map.of("checksum", "0".repeat(64)),
                bed.store.importFile(yamlFile, key, "modulemd.yaml").toString()));
        bed.associations.associate(REPO, RpmUnits.MODULEMD, module.id());

        assertThatThrownBy(() -> publish(config())).isInstanceOf(PluginException.class).hasMessageContaining("RPM1017");
    }

    @Test
    void an_empty_repository_publishes_the_five_base_files() throws Exception {
        publish(config());

        Path http = bed.published("http", "animals/" + REPO);
        assertThat(YumPublishTest.repomdTypes(http)).containsExactly("filelists", "group", "other", "primary",
                "updateinfo");
        assertThat(CreaterepoUnits.gunzip(CreaterepoUnits.metadata(http, "primary"))).contains("packages=\"0\"");
        assertThat(new Dnf(tmp.resolve("dnf"), http.toUri().toString()).packages())
                .isEmpty();
    }

}
