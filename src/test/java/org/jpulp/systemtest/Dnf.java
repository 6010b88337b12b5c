package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code dnf} as a real client of a published yum repository: a throwaway configuration (no system repos,
 * its own cache) with the one repository given by URL.
 */
final class Dnf {

    private final Path home;
    private final String repoId;
    private final String baseUrl;

    Dnf(Path home, String repoId, String baseUrl) {
        this.home = home;
        this.repoId = repoId;
        this.baseUrl = baseUrl;
    }

    /** {@code dnf repoquery}: the repository's packages as {@code name-epoch:version-release.arch}, sorted. */
    List<String> repoquery(String... extra) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("repoquery", "--queryformat", "%{name}-%{epoch}:%{version}-%{release}.%{arch}"));
        args.addAll(List.of(extra));
        return run(args).lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    /** {@code dnf download} into {@code dir}; returns dnf's output. */
    String download(Path dir, String... packages) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("download", "--destdir", dir.toString()));
        args.addAll(List.of(packages));
        return run(args);
    }

    String run(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("cache"));
        List<String> args = new ArrayList<>(List.of("dnf", "-q", "-y", "--releasever=jpulp", "--nogpgcheck",
                "--setopt=reposdir=" + home.resolve("repos.d"), "--setopt=cachedir=" + home.resolve("cache"),
                "--setopt=metadata_expire=0", "--installroot=" + home.resolve("root"),
                "--repofrompath=" + repoId + "," + baseUrl, "--repo=" + repoId));
        args.addAll(command);
        Path output = Files.createTempFile(home, "dnf", ".out");
        Process process = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("dnf finished in time").isTrue();
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("dnf %s: %s", command, out).isZero();
        return out;
    }
}
