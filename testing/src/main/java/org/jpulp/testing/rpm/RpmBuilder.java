package org.jpulp.testing.rpm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds real packages from {@link TestRpm} descriptions with {@code rpmbuild}, once per description: built files
 * are cached under a directory keyed by a digest of the description (shared by test classes and JVMs, published by
 * atomic rename), so only the first test that needs a package pays for rpmbuild.
 */
public final class RpmBuilder {

    private static final DateTimeFormatter CHANGELOG_DATE = DateTimeFormatter.ofPattern("EEE MMM dd yyyy",
            Locale.ROOT);
    private static final RpmBuilder SHARED = new RpmBuilder(
            Path.of(System.getProperty("java.io.tmpdir"), "jpulp-test-rpms"));

    private final Path cacheDir;

    public RpmBuilder(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The builder whose cache lives in the temporary directory. */
    public static RpmBuilder shared() {
        return SHARED;
    }

    /** The built package (binary or, for arch {@code src}, source); do not modify the returned file. */
    public Path build(TestRpm rpm) {
        String spec = spec(rpm);
        Path cached = cacheDir.resolve(digest(spec + "\0" + rpm.files())).resolve(rpm.filename());
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        try {
            return buildInto(rpm, spec, cached);
        } catch (IOException e) {
            throw new UncheckedIOException("rpmbuild of " + rpm.filename() + " failed", e);
        }
    }

    /**
     * Builds a hand-written spec without sources (its {@code %install} creates the files), for what {@link TestRpm}
     * cannot describe (weak dependencies, scriptlet requires, ghost files, ...). Cached like {@link #build}.
     *
     * @param filename the file rpmbuild makes, e.g. {@code bear-4.1-1.noarch.rpm}; {@code .src.rpm} builds the SRPM
     */
    public Path buildSpec(String spec, String filename) {
        Path cached = cacheDir.resolve(digest(spec)).resolve(filename);
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        try {
            return buildInto(Map.of(), spec, filename, cached);
        } catch (IOException e) {
            throw new UncheckedIOException("rpmbuild of " + filename + " failed", e);
        }
    }

    private Path buildInto(TestRpm rpm, String spec, Path cached) throws IOException {
        return buildInto(rpm.files(), spec, rpm.filename(), cached);
    }

    private Path buildInto(Map<String, String> files, String spec, String filename, Path cached) throws IOException {
        Files.createDirectories(cacheDir);
        Path top = Files.createTempDirectory(cacheDir, "build-");
        try {
            Path sources = Files.createDirectories(top.resolve("SOURCES"));
            int i = 0;
            for (String content : files.values()) {
                Files.writeString(sources.resolve("file" + i++), content, StandardCharsets.UTF_8);
            }
            Path specFile = Files.createDirectories(top.resolve("SPECS")).resolve("package.spec");
            Files.writeString(specFile, spec, StandardCharsets.UTF_8);
            run(top, List.of(filename.endsWith(".src.rpm") ? "-bs" : "-bb", specFile.toString()));
            Path built = find(top, filename);
            Files.createDirectories(cached.getParent());
            Path tmp = Files.createTempFile(cached.getParent(), "rpm-", ".part");
            Files.copy(built, tmp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING);
            }
            return cached;
        } finally {
            deleteTree(top);
        }
    }

    private static void run(Path top, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("rpmbuild", "--quiet",
                "--define", "_topdir " + top, "--define", "debug_package %{nil}",
                "--define", "__os_install_post %{nil}", "--define", "_build_id_links none",
                "--define", "_source_payload w1.gzdio", "--define", "_binary_payload w1.gzdio"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(top.resolve("rpmbuild.log").toFile()).start();
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("rpmbuild failed: " + Files.readString(top.resolve("rpmbuild.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running rpmbuild", e);
        }
    }

    static String spec(TestRpm rpm) {
        StringBuilder s = new StringBuilder();
        s.append("Name: ").append(rpm.name()).append('\n');
        if (rpm.epoch() != null) {
            s.append("Epoch: ").append(rpm.epoch()).append('\n');
        }
        s.append("Version: ").append(rpm.version()).append('\n');
        s.append("Release: ").append(rpm.release()).append('\n');
        s.append("Summary: ").append(rpm.summary()).append('\n');
        s.append("License: MIT\nURL: https://example.com/").append(rpm.name()).append('\n');
        if (rpm.arch().equals("noarch")) {
            s.append("BuildArch: noarch\n");
        } else if (!rpm.arch().equals("src")) {
            s.append("ExclusiveArch: ").append(rpm.arch()).append('\n');
        }
        rpm.requires().forEach(r -> s.append("Requires: ").append(r).append('\n'));
        rpm.provides().forEach(p -> s.append("Provides: ").append(p).append('\n'));
        for (int i = 0; i < rpm.files().size(); i++) {
            s.append("Source").append(i).append(": file").append(i).append('\n');
        }
        s.append("\n%description\n").append(rpm.summary()).append(".\n\n%install\n");
        int i = 0;
        for (String path : rpm.files().keySet()) {
            s.append("install -D -m 0644 %{SOURCE").append(i++).append("} %{buildroot}").append(path).append('\n');
        }
        s.append("\n%files\n");
        rpm.files().keySet().forEach(path -> s.append(path).append('\n'));
        if (!rpm.changelog().isEmpty()) {
            s.append("\n%changelog\n");
            for (TestRpm.ChangelogEntry e : rpm.changelog()) {
                s.append("* ").append(CHANGELOG_DATE.format(e.date())).append(' ').append(e.author()).append('\n')
                        .append("- ").append(e.text()).append("\n\n");
            }
        }
        return s.toString();
    }

    private static Path find(Path top, String filename) throws IOException {
        try (Stream<Path> files = Files.walk(top)) {
            return files.filter(f -> f.getFileName().toString().equals(filename)).findFirst()
                    .orElseThrow(() -> new IOException("rpmbuild did not produce " + filename));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
