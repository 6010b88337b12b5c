package org.jpulp.bench.rpm;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The tools jpulp's yum sync and publish are measured against; each call returns wall-clock seconds. */
public final class Peers {

    private Peers() {
    }

    /** {@code createrepo_c --no-database} (its default worker threads) over the packages, writing into {@code out}. */
    public static double createrepo(Path packages, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        return run(List.of("createrepo_c", "--quiet", "--no-database", "--outputdir", out.toString(),
                packages.toString()), "createrepo_c");
    }

    /** {@code createrepo_c} over {@code dir} in place (to build the repository that is then served). */
    public static void createrepoInPlace(Path dir) throws IOException, InterruptedException {
        run(List.of("createrepo_c", "--quiet", "--no-database", dir.toString()), "createrepo_c");
    }

    /**
     * {@code dnf reposync} of the repository at {@code baseUrl} into {@code out}, with a throwaway configuration (its
     * own install root, cache, repos dir; no GPG check; metadata never cached from an earlier run) and
     * {@code max_parallel_downloads} set to {@code parallel}.
     */
    public static double reposync(URI baseUrl, Path work, Path out, int parallel)
            throws IOException, InterruptedException {
        Path repos = Files.createDirectories(work.resolve("repos.d"));
        Path conf = work.resolve("dnf.conf");
        Files.writeString(conf, String.join("\n", "[main]", "reposdir=" + repos, "cachedir=" + work.resolve("cache"),
                "persistdir=" + work.resolve("persist"), "logdir=" + work, "keepcache=0", "gpgcheck=0",
                "metadata_expire=0", "max_parallel_downloads=" + parallel, ""), StandardCharsets.UTF_8);
        Files.writeString(repos.resolve("bench.repo"), String.join("\n", "[bench]", "name=bench",
                "baseurl=" + baseUrl, "enabled=1", "gpgcheck=0", ""), StandardCharsets.UTF_8);
        Files.createDirectories(out);
        return run(List.of("dnf", "-q", "-y", "-c", conf.toString(), "--releasever=1",
                "--installroot=" + work.resolve("root"), "reposync", "--repoid", "bench", "--download-path",
                out.toString()), "dnf reposync");
    }

    /** {@code xargs -P<parallel> -n2 curl -s -f -o <file> <url>}: one curl per package, {@code parallel} at a time. */
    public static double curl(URI baseUrl, List<String> locations, Path out, int parallel)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        StringBuilder list = new StringBuilder();
        for (String location : locations) {
            String file = location.substring(location.lastIndexOf('/') + 1);
            list.append(out.resolve(file)).append(' ').append(baseUrl.resolve(location)).append('\n');
        }
        Path listFile = Files.writeString(out.resolve("urls.txt"), list, StandardCharsets.UTF_8);
        return run(List.of("sh", "-c", "xargs -P" + parallel + " -n2 curl -s -f -o < " + listFile), "xargs curl");
    }

    /** How many {@code .rpm} files are under {@code dir} (to check that a peer fetched everything). */
    public static long rpmFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".rpm")).count();
        }
    }

    private static double run(List<String> command, String what) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(what + " did not finish in 30 minutes");
        }
        if (p.exitValue() != 0) {
            throw new IOException(what + " failed with exit code " + p.exitValue());
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
