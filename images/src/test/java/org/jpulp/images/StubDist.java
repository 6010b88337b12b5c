package org.jpulp.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stand-in for a role's distribution (or for apache2): {@code bin/<executable>} is a script that prints its
 * process id, umask, arguments and environment, so a test sees exactly what an entrypoint exec'd, and how.
 */
final class StubDist {

    private static final String SCRIPT = """
            #!/bin/sh
            printf 'pid=%s\\n' "$$"
            printf 'umask=%s\\n' "$(umask)"
            printf 'args=%s\\n' "$*"
            env | LC_ALL=C sort | sed 's/^/env:/'
            """;

    private StubDist() {
    }

    /** Creates {@code dir/bin/<executable>} and returns {@code dir}. */
    static Path create(Path dir, String executable) {
        try {
            Path bin = Files.createDirectories(dir.resolve("bin"));
            Path script = bin.resolve(executable);
            Files.writeString(script, SCRIPT);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the stub printed: {@code pid}, {@code umask}, {@code args}, and {@code env:NAME} for each variable. */
    static Map<String, String> report(String stdout) {
        Map<String, String> report = new LinkedHashMap<>();
        for (String line : stdout.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                report.putIfAbsent(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return report;
    }
}
