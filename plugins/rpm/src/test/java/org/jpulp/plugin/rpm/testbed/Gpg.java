package org.jpulp.plugin.rpm.testbed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A throwaway GnuPG home with one RSA key, and {@code rpmsign} with it; absent when gpg or rpmsign is missing. */
public final class Gpg {

    private final Path home;
    private final Path gpg;
    private final String keyId;

    private Gpg(Path home, Path gpg, String keyId) {
        this.home = home;
        this.gpg = gpg;
        this.keyId = keyId;
    }

    public static Optional<Gpg> create(Path dir) throws IOException, InterruptedException {
        Optional<Path> gpg = onPath("gpg");
        if (gpg.isEmpty() || onPath("rpmsign").isEmpty()) {
            return Optional.empty();
        }
        Path home = Files.createDirectories(dir.resolve("gnupg"));
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        run(home, List.of("gpg", "--homedir", home.toString(), "--batch", "--pinentry-mode", "loopback",
                "--passphrase", "", "--quick-gen-key", "Jpulp Test <test@example.com>", "rsa2048", "sign", "never"));
        String colons = run(home, List.of("gpg", "--homedir", home.toString(), "--batch", "--with-colons",
                "--list-keys", "test@example.com"));
        String keyId = colons.lines().filter(l -> l.startsWith("pub:")).findFirst().orElseThrow().split(":")[4];
        return Optional.of(new Gpg(home, gpg.get(), keyId.toLowerCase(Locale.ROOT)));
    }

    /** The 16-digit key id, lowercase. */
    public String keyId() {
        return keyId;
    }

    /** A signed copy of the package in {@code dir}. */
    public Path sign(Path rpm, Path dir) throws IOException, InterruptedException {
        Path copy = dir.resolve(rpm.getFileName());
        Files.createDirectories(dir);
        Files.copy(rpm, copy, StandardCopyOption.REPLACE_EXISTING);
        run(home, List.of("rpmsign", "--define", "_gpg_name Jpulp Test <test@example.com>",
                "--define", "_gpg_path " + home, "--define", "__gpg " + gpg, "--addsign", copy.toString()));
        return copy;
    }

    private static Optional<Path> onPath(String tool) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .map(d -> Path.of(d, tool)).filter(Files::isExecutable).findFirst();
    }

    private static String run(Path home, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
