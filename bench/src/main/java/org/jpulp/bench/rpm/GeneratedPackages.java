package org.jpulp.bench.rpm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.packager.rpm.build.RpmBuilder;

/**
 * Writes {@code count} distinct, valid binary RPMs with Eclipse Packager's builder (milliseconds each, where
 * rpmbuild takes a second): {@code bench-<n>} in a few versions, each installing one small text file.
 */
public final class GeneratedPackages {

    private GeneratedPackages() {
    }

    /** The package files written into {@code dir}, sorted by name. */
    public static List<Path> write(Path dir, int count, int threads) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Path>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> write(dir, n)));
            }
            List<Path> out = new ArrayList<>();
            for (Future<Path> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("generating packages failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code bench-<n/3>} version {@code 1.<n%3>}: three versions of each name, every file distinct. */
    static Path write(Path dir, int n) {
        String name = String.format(Locale.ROOT, "bench-%05d", n / 3);
        String version = "1." + (n % 3);
        try (RpmBuilder builder = new RpmBuilder(name, version, "1", "noarch", dir)) {
            RpmBuilder.PackageInformation info = builder.getInformation();
            info.setSummary("Benchmark package " + name);
            info.setDescription("Generated for jpulp's yum benchmarks; installs one text file.");
            info.setLicense("MIT");
            info.setUrl("https://example.com/" + name);
            info.setGroup("Unspecified");
            info.setBuildHost("bench");
            info.setSourcePackage(name + "-" + version + "-1.src.rpm");
            String text = (name + " " + version + "\n").repeat(40);
            builder.newContext().addFile("/usr/share/bench/" + name + "-" + version + ".txt",
                    text.getBytes(StandardCharsets.UTF_8));
            builder.build();
            Path target = dir.resolve(name + "-" + version + "-1.noarch.rpm");
            return Files.move(builder.getTargetFile(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write package " + n, e);
        }
    }
}
