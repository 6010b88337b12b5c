package org.jpulp.bench.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jpulp.plugin.rpm.header.RpmFileReader;
import org.jpulp.plugin.rpm.header.RpmPackage;
import org.jpulp.testing.http.FixtureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' generated repositories are what createrepo_c and dnf accept. */
class RepositoryGeneratorsTest {

    @TempDir
    Path dir;

    @Test
    void generatedPackagesAreDistinctValidRpmsThatDnfReposyncFetches() throws Exception {
        Path repo = dir.resolve("repo");
        List<Path> packages = GeneratedPackages.write(repo, 9, 2);
        Peers.createrepoInPlace(repo);

        List<RpmPackage> parsed = packages.stream().map(RepositoryGeneratorsTest::read).toList();
        assertThat(parsed).extracting(p -> p.name() + "-" + p.version()).doesNotHaveDuplicates().hasSize(9)
                .contains("bench-00000-1.0", "bench-00002-1.2");
        assertThat(packages).allSatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo(read(p).filename()));
        try (FixtureServer server = FixtureServer.http()) {
            serve(server, repo, "/repo/");
            Peers.reposync(server.uri("/repo/"), dir.resolve("dnf"), dir.resolve("out"), 4);
        }
        assertThat(Peers.rpmFiles(dir.resolve("out"))).isEqualTo(9);
        for (Path p : packages) {
            assertThat(find(dir.resolve("out"), p.getFileName().toString())).hasSameBinaryContentAs(p);
        }
    }

    @Test
    void theMetadataHeavyRepositoryIsAcceptedByDnfWhichChecksEveryPackageItFetches() throws Exception {
        Path repo = dir.resolve("big");
        List<String> locations = BigRepoGenerator.write(repo, 60);

        try (FixtureServer server = FixtureServer.http()) {
            serve(server, repo, "/big/");
            Peers.reposync(server.uri("/big/"), dir.resolve("dnf"), dir.resolve("out"), 8);
            Peers.curl(server.uri("/big/"), locations, dir.resolve("curl"), 4);
        }

        assertThat(locations).hasSize(60).doesNotHaveDuplicates();
        assertThat(Peers.rpmFiles(dir.resolve("out"))).isEqualTo(60);
        assertThat(Peers.rpmFiles(dir.resolve("curl"))).isEqualTo(60);
    }

    private static RpmPackage read(Path p) {
        try {
            return RpmFileReader.read(p);
        } catch (Exception e) {
            throw new AssertionError(p + " is not a readable package: " + e.getMessage(), e);
        }
    }

    private static void serve(FixtureServer server, Path repo, String prefix) throws Exception {
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                server.put(prefix + repo.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
    }

    private static Path find(Path dir, String name) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}
