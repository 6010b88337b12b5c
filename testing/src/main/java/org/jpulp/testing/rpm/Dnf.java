package org.jpulp.testing.rpm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real {@code dnf} with a throwaway configuration: no system repositories, cache, persistdir and installroot in a
 * directory of its own, one repository from a URL ({@code file://} or {@code http://}).
 */
public final class Dnf {

    private final Path home;
    private final String url;

    public Dnf(Path home, String url) {
        this.home = home;
        this.url = url;
    }

    /** {@code name-epoch:version-release.arch location} of every package, sorted. */
    public List<String> packages() throws IOException {
        return run("repoquery", "--qf", "%{name}-%{epoch}:%{version}-%{release}.%{arch} %{location}").stream()
                .sorted().toList();
    }

    /** The NEVRAs an advisory updates. */
    public List<String> advisoryPackages(String advisory) throws IOException {
        return nevras("--advisory=" + advisory);
    }

    /** {@code dnf repoquery} with these extra arguments: {@code name-epoch:version-release.arch} each, sorted. */
    public List<String> nevras(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("repoquery", "--qf",
                "%{name}-%{epoch}:%{version}-%{release}.%{arch}"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new)).stream().sorted().toList();
    }

    /** Lines of output of a dnf command against the repository, failing when dnf fails. */
    public List<String> run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("dnf", "-q", "-y", "--disableplugin=*", "--releasever=1",
                "--setopt=reposdir=" + home.resolve("no-repos"), "--setopt=cachedir=" + home.resolve("cache"),
                "--setopt=persistdir=" + home.resolve("persist"), "--setopt=logdir=" + home,
                "--setopt=metadata_expire=0", "--installroot=" + home.resolve("root"),
                "--repofrompath=jpulp," + url, "--repo=jpulp", "--setopt=jpulp.gpgcheck=0"));
        command.addAll(List.of(args));
        Files.createDirectories(home);
        Path out = Files.createTempFile(home, "dnf-", ".out");
        Path err = Files.createTempFile(home, "dnf-", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("dnf did not finish: " + command);
            }
            if (p.exitValue() != 0) {
                throw new IOException("dnf failed (" + p.exitValue() + "): " + command + "\n"
                        + Files.readString(err, StandardCharsets.UTF_8) + Files.readString(out, StandardCharsets.UTF_8));
            }
            return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
