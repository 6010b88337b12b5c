package org.jpulp.restapi.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.InMemoryPluginDocuments;
import org.jpulp.common.content.InMemoryRepoContentUnits;
import org.jpulp.common.content.InMemoryUnitStore;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.plugin.rpm.PackageSnippets;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.publish.YumDistributor;
import org.jpulp.restapi.support.TestServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.rpm.Dnf;
import org.jpulp.testing.rpm.RpmBuilder;
import org.jpulp.testing.rpm.TestRpm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A tree published by {@code yum_distributor} is served at /pulp/repos/: dnf lists, downloads and verifies packages. */
@ExtendWith(EmbeddedMongoExtension.class)
class YumRepositoryOverHttpTest {

    @TempDir
    Path dir;

    private record Context(String repoId, String distributorId, PluginConfig config, Path workingDirectory,
                           ContentStore contentStore, UnitStore units, RepoContentUnits associations,
                           PluginDocuments documents) implements PublishContext {
        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public void reportProgress(Object report) {
        }

        @Override
        public void checkCanceled() {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    }

    @Test
    void dnf_installs_packages_from_the_published_url(MongoDatabase db) throws Exception {
        Path storage = dir.resolve("storage");
        ContentStore store = new ContentStore(new StorageLayout(storage), false);
        UnitStore units = new InMemoryUnitStore(RpmUnits.ALL, Clock.systemUTC());
        RepoContentUnits associations = new InMemoryRepoContentUnits(Clock.systemUTC());
        for (TestRpm rpm : List.of(TestRpm.of("bear", "4.1", "1"), TestRpm.of("cat", "1.0", "2").withEpoch("3"))) {
            Path file = RpmBuilder.shared().build(rpm);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            UnitKey key = UnitKey.of(RpmUnits.RPM, Map.of("name", rpm.name(), "epoch", rpm.epochOrZero(),
                    "version", rpm.version(), "release", rpm.release(), "arch", rpm.arch(), "checksumtype", "sha256",
                    "checksum", sha256));
            Path stored = store.importFile(file, key, rpm.filename());
            String id = units.insertIfAbsent(new NewUnit(key, Map.of("filename", rpm.filename(),
                    "checksums", Map.of("sha256", sha256), "repodata", snippets(rpm, Files.size(file)).toStored()),
                    stored.toString())).id();
            associations.associate("zoo", RpmUnits.RPM, id);
        }
        new YumDistributor().publish(new Context("zoo", "yum_distributor", new PluginConfig(Map.of("relative_url",
                "el/zoo", "http", true, "https", false)), dir.resolve("work"), store, units, associations,
                new InMemoryPluginDocuments()));

        try (TestServer server = TestServer.start(db, storage)) {
            String url = "http://127.0.0.1:" + server.port() + "/pulp/repos/el/zoo/";
            assertThat(dnf(url, "repoquery", "--qf", "%{name}-%{epoch}:%{version}-%{release}.%{arch}"))
                    .containsExactly("bear-0:4.1-1.noarch", "cat-3:1.0-2.noarch");
            dnf(url, "install", "--downloadonly", "--downloaddir=" + dir.resolve("downloads"), "bear", "cat");
            assertThat(dir.resolve("downloads/bear-4.1-1.noarch.rpm")).hasSameBinaryContentAs(
                    RpmBuilder.shared().build(TestRpm.of("bear", "4.1", "1")));
            assertThat(dir.resolve("downloads/cat-1.0-2.noarch.rpm")).isRegularFile();
        }
    }

    /** A minimal primary entry and empty filelists/other entries: enough for dnf to resolve and verify downloads. */
    private static PackageSnippets snippets(TestRpm rpm, long size) {
        String head = "<package pkgid=\"" + PackageSnippets.PKGID + "\" name=\"" + rpm.name() + "\" arch=\""
                + rpm.arch() + "\"><version epoch=\"" + rpm.epochOrZero() + "\" ver=\"" + rpm.version() + "\" rel=\""
                + rpm.release() + "\"/>";
        return new PackageSnippets("<package type=\"rpm\"><name>" + rpm.name() + "</name><arch>" + rpm.arch()
                + "</arch><version epoch=\"" + rpm.epochOrZero() + "\" ver=\"" + rpm.version() + "\" rel=\""
                + rpm.release() + "\"/><checksum type=\"" + PackageSnippets.CHECKSUM_TYPE + "\" pkgid=\"YES\">"
                + PackageSnippets.CHECKSUM + "</checksum><summary>" + rpm.summary() + "</summary><description/>"
                + "<packager/><url/><time file=\"1\" build=\"1\"/><size package=\"" + size
                + "\" installed=\"0\" archive=\"0\"/><location href=\"" + PackageSnippets.LOCATION + "\"/><format>"
                + "<rpm:license>MIT</rpm:license><rpm:provides><rpm:entry name=\"" + rpm.name() + "\"/>"
                + "</rpm:provides></format></package>", head + "</package>", head + "</package>");
    }

    private List<String> dnf(String url, String... args) throws Exception {
        return new Dnf(dir.resolve("dnf"), url).run(args).stream().sorted().toList();
    }
}
