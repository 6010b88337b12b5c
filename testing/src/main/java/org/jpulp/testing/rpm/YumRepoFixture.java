package org.jpulp.testing.rpm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jpulp.testing.http.FixtureServer;

/**
 * Builds a real yum repository in a directory: packages from {@link TestRpm}s (built once by {@link RpmBuilder}),
 * metadata by {@code createrepo_c} (gz, bz2 or xz, any checksum type, optional comps via {@code --groupfile}),
 * updateinfo and modules added with {@code modifyrepo_c}. {@link YumRepo#serve} puts it on a {@link FixtureServer}.
 *
 * <pre>{@code
 * YumRepo repo = YumRepoFixture.with(TestRpm.of("bear", "4.1", "1")).compression("xz").build(tempDir);
 * URI feed = repo.serve(server, "/zoo/");
 * }</pre>
 */
public final class YumRepoFixture {

    private final List<TestRpm> rpms = new ArrayList<>();
    private final List<Path> extraPackages = new ArrayList<>();
    private RpmBuilder builder = RpmBuilder.shared();
    private String compression = "gz";
    private String checksum = "sha256";
    private String comps;
    private String updateinfo;
    private String modules;
    private final java.util.Map<String, String[]> extraMetadata = new java.util.LinkedHashMap<>();

    private YumRepoFixture() {
    }

    public static YumRepoFixture with(TestRpm... packages) {
        YumRepoFixture f = new YumRepoFixture();
        f.rpms.addAll(List.of(packages));
        return f;
    }

    public YumRepoFixture add(TestRpm... packages) {
        rpms.addAll(List.of(packages));
        return this;
    }

    /** Adds an already built package file (copied into {@code Packages/}). */
    public YumRepoFixture addFile(Path rpmFile) {
        extraPackages.add(rpmFile);
        return this;
    }

    public YumRepoFixture builder(RpmBuilder rpmBuilder) {
        this.builder = rpmBuilder;
        return this;
    }

    /** Metadata compression: {@code gz} (default), {@code bz2} or {@code xz}. */
    public YumRepoFixture compression(String type) {
        this.compression = type;
        return this;
    }

    /** Checksum type of packages and metadata: {@code sha256} (default), {@code sha1}, {@code sha512}, ... */
    public YumRepoFixture checksum(String type) {
        this.checksum = type;
        return this;
    }

    /** A comps document, passed as {@code --groupfile} (type {@code group} plus {@code group_gz}, {@code group_xz}, ... after the compression). */
    public YumRepoFixture comps(String compsXml) {
        this.comps = compsXml;
        return this;
    }

    /** An updateinfo document, added as type {@code updateinfo}. */
    public YumRepoFixture updateinfo(String updateinfoXml) {
        this.updateinfo = updateinfoXml;
        return this;
    }

    /** A modules.yaml stream, added as type {@code modules}. */
    public YumRepoFixture modules(String modulesYaml) {
        this.modules = modulesYaml;
        return this;
    }

    /** Another metadata file (e.g. type {@code productid}, file name {@code productid}), added with modifyrepo_c. */
    public YumRepoFixture metadata(String type, String fileName, String content) {
        extraMetadata.put(type, new String[] {fileName, content});
        return this;
    }

    /** Writes the repository into {@code dir} (created; existing content of {@code repodata/} is replaced). */
    public YumRepo build(Path dir) {
        try {
            Path packages = Files.createDirectories(dir.resolve("Packages"));
            List<Path> files = new ArrayList<>();
            for (TestRpm rpm : rpms) {
                files.add(copy(builder.build(rpm), packages));
            }
            for (Path extra : extraPackages) {
                files.add(copy(extra, packages));
            }
            RpmBuilder.deleteTree(dir.resolve("repodata"));
            List<String> command = new ArrayList<>(List.of("createrepo_c", "--quiet", "--no-database",
                    "--checksum", checksum, "--general-compress-type", compression));
            if (comps != null) {
                command.addAll(List.of("--groupfile", write(dir, "comps.xml", comps).toString()));
            }
            command.add(dir.toString());
            run(command, dir);
            modify(dir, "updateinfo", "updateinfo.xml", updateinfo);
            modify(dir, "modules", "modules.yaml", modules);
            for (var e : extraMetadata.entrySet()) {
                modify(dir, e.getKey(), e.getValue()[0], e.getValue()[1]);
            }
            return new YumRepo(dir, files.stream().map(f -> dir.relativize(f).toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("building the yum repository in " + dir + " failed", e);
        }
    }

    private void modify(Path dir, String type, String name, String content) throws IOException {
        if (content == null) {
            return;
        }
        Path file = write(dir.resolve(".md"), name, content);
        run(List.of("modifyrepo_c", "--mdtype=" + type, "--compress-type=" + compression, "--checksum=" + checksum,
                file.toString(), dir.resolve("repodata").toString()), dir);
        RpmBuilder.deleteTree(file.getParent());
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(Files.createDirectories(dir).resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path copy(Path rpm, Path packages) throws IOException {
        Path target = packages.resolve(rpm.getFileName().toString());
        Files.copy(rpm, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static void run(List<String> command, Path dir) throws IOException {
        Path log = Files.createTempFile("yum-fixture-", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed in " + dir + ": " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** A built repository: its directory and its packages' paths relative to it ({@code Packages/x.rpm}). */
    public record YumRepo(Path dir, List<String> packages) {

        public YumRepo {
            packages = List.copyOf(packages);
        }

        public Path repomd() {
            return dir.resolve("repodata/repomd.xml");
        }

        /** Serves every file of the repository under {@code prefix} (e.g. {@code /zoo/}); returns the feed URL. */
        public URI serve(FixtureServer server, String prefix) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    server.put(prefix + dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return server.uri(prefix);
        }
    }
}
